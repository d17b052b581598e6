using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Auditing;

public sealed record AuditEntryRow(
    long Sequence, DateTimeOffset OccurredAt, string? ActorName, string Action, string EntityType,
    string EntityId, string? FromState, string? ToState, string? Details, string Hash);

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
}

/// <summary>The audit trail as a platform administrator reads it: newest first, paged, without the entries of sealed bids.</summary>
public sealed class AuditTrailQueries(AppDbContext db)
{
    public const int PageSize = 50;

    public async Task<Page<AuditEntryRow>> LatestAsync(int pageNumber, string? entityId, CancellationToken cancellationToken = default)
    {
        pageNumber = Math.Max(1, pageNumber);
        // Bids not yet opened leave no trace here: not even their number shows before the opening.
        var sealedBids = await Procurement.ProcurementQueries.SealedBidIdsAsync(db, cancellationToken);
        IQueryable<AuditEntry> entries = db.AuditEntries.AsNoTracking().Where(e => e.EntityType != "Bid" || !sealedBids.Contains(e.EntityId));
        if (!string.IsNullOrWhiteSpace(entityId))
        {
            entries = entries.Where(e => e.EntityId == entityId.Trim());
        }

        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries.OrderByDescending(e => e.Sequence)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new AuditEntryRow(e.Sequence, e.OccurredAt, e.ActorName, e.Action, e.EntityType,
                e.EntityId, e.FromState, e.ToState, e.Details, e.Hash))
            .ToListAsync(cancellationToken);
        return new Page<AuditEntryRow>(rows, pageNumber, PageSize, total);
    }
}
