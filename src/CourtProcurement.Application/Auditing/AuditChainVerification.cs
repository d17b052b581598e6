using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Auditing;

public sealed record AuditChainReport(long EntriesChecked, long HeadSequence, AuditChainBreak? FirstBreak)
{
    public bool IsIntact => FirstBreak is null;
}

/// <summary>Re-reads the whole trail from the database and checks every link (a platform administrator's page).</summary>
public sealed class AuditChainVerification(AppDbContext db)
{
    private const int PageSize = 1000;

    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        // Entries appended while the check runs are beyond the head it read: they are left for the next check.
        var last = head?.LastSequence ?? long.MaxValue;
        var verifier = new AuditChainVerifier();
        long after = 0;
        while (true)
        {
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after && e.Sequence <= last)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0 || !page.TrueForAll(verifier.Feed))
            {
                break;
            }

            after = page[^1].Sequence;
        }

        var firstBreak = head is null
            ? new AuditChainBreak(1, AuditChainBreakKind.EntriesMissingAtEnd)
            : verifier.Finish(head.LastSequence, head.LastHash);
        return new AuditChainReport(verifier.EntriesChecked, head?.LastSequence ?? 0, firstBreak);
    }
}
