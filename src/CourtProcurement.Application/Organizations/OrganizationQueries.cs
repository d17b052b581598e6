using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Organizations;

public sealed record OrganizationRow(Guid Id, string Name, string CreditCode, OrganizationStatus Status, DateTimeOffset RegisteredAt, DateTimeOffset? VerifiedAt);

/// <summary>
/// Organization records are shared with every court on purpose (the platform's "vetted once, seen by
/// all"); what an organization keeps private lives in organization-owned entities.
/// </summary>
public sealed class OrganizationQueries(AppDbContext db)
{
    public Task<OrganizationRow?> FindAsync(Guid id, CancellationToken cancellationToken = default)
        => db.Organizations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganizationRow(o.Id, o.Name, o.CreditCode, o.Status, o.RegisteredAt, o.VerifiedAt))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<OrganizationRow>> AllAsync(CancellationToken cancellationToken = default)
        => await db.Organizations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new OrganizationRow(o.Id, o.Name, o.CreditCode, o.Status, o.RegisteredAt, o.VerifiedAt))
            .ToListAsync(cancellationToken);
}
