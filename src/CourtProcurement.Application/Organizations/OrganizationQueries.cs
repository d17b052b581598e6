using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Organizations;

public sealed record OrganizationRow(Guid Id, string Name, string CreditCode, OrganizationStatus Status, DateTimeOffset RegisteredAt, DateTimeOffset? VerifiedAt);

public sealed record OrganizationMemberRow(string UserName, string DisplayName, string? Email, bool IsAdministrator, bool IsActive);

public sealed record OrganizationDetail(Organization Organization, IReadOnlyList<(Guid Id, string NameZh, string NameEn)> Categories, IReadOnlyList<OrganizationMemberRow> Members);

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

    /// <summary>Verified organizations: the shared record every court may read.</summary>
    public async Task<IReadOnlyList<OrganizationRow>> VerifiedAsync(CancellationToken cancellationToken = default)
        => [.. (await AllAsync(cancellationToken)).Where(o => o.Status == OrganizationStatus.Verified)];

    /// <summary>The vetting queue: waiting organizations first, oldest submission first.</summary>
    public async Task<IReadOnlyList<OrganizationRow>> ForVettingAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Organizations.AsNoTracking()
            .Select(o => new { Row = new OrganizationRow(o.Id, o.Name, o.CreditCode, o.Status, o.RegisteredAt, o.VerifiedAt), o.SubmittedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Row.Status == OrganizationStatus.Pending ? 0 : 1).ThenBy(r => r.SubmittedAt).Select(r => r.Row)];
    }

    /// <summary>
    /// The full record with its categories and members. Members are private to the organization and the
    /// platform: callers pass <paramref name="includeMembers"/> only after checking who asks.
    /// </summary>
    public async Task<OrganizationDetail?> DetailAsync(Guid id, bool includeMembers, CancellationToken cancellationToken = default)
    {
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var categoryIds = organization.CategoryIds.ToList();
        var categories = (await db.ServiceCategories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).OrderBy(c => c.SortOrder)
            .Select(c => new { c.Id, c.NameZh, c.NameEn }).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.NameZh, c.NameEn)).ToList();
        IReadOnlyList<OrganizationMemberRow> members = includeMembers
            ? await db.Users.AsNoTracking().Where(u => u.OrganizationId == id).OrderBy(u => u.UserName)
                .Select(u => new OrganizationMemberRow(u.UserName!, u.DisplayName, u.Email, u.IsOrganizationAdmin, u.IsActive)).ToListAsync(cancellationToken)
            : [];
        return new OrganizationDetail(organization, categories, members);
    }
}
