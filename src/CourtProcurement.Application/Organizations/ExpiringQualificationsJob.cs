using CourtProcurement.Application.Data;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Organizations;

/// <summary>
/// Tells an organization, once, that a qualification document expires within 30 days. Run by a scheduler
/// in a system scope; idempotent: a document already announced is not announced again. (With several
/// instances, give one of them the scheduler: two runs at the same moment could both announce.)
/// </summary>
public sealed class ExpiringQualificationsJob(AppDbContext db, Notifier notifier, TimeProvider clock)
{
    public const int DaysAhead = 30;

    /// <returns>How many documents were announced.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(now);
        var horizon = today.AddDays(DaysAhead);
        var due = await db.QualificationDocuments
            .Where(d => d.RemovedAt == null && d.ExpiryNoticeSentAt == null && d.ExpiresOn != null && d.ExpiresOn >= today && d.ExpiresOn <= horizon)
            .ToListAsync(cancellationToken);
        foreach (var document in due)
        {
            await notifier.NotifyOrganizationAsync(document.OrganizationId, "Notice.QualificationExpiring",
                [document.OriginalFileName, document.ExpiresOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], "/Organization", cancellationToken);
            document.MarkExpiryNoticeSent(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
