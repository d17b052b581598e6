using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Courts;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Courts;

/// <summary>Platform administrators add courts to the hierarchy.</summary>
public sealed class CourtAdministration(AppDbContext db)
{
    public async Task<Guid> CreateAsync(string name, string shortCode, CourtLevel level, Guid? parentCourtId, CancellationToken cancellationToken = default)
    {
        var parent = parentCourtId is { } id
            ? await db.Courts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new DomainException("Common.NotFound")
            : null;
        var court = Court.Create(name, shortCode, level, parent);
        if (await db.Courts.AnyAsync(c => c.ShortCode == court.ShortCode, cancellationToken))
        {
            throw new DomainException("Court.ShortCodeTaken", [court.ShortCode]);
        }

        db.Courts.Add(court);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone created the same code a moment earlier: the unique index decided.
            throw new DomainException("Court.ShortCodeTaken", [court.ShortCode]);
        }
        return court.Id;
    }
}
