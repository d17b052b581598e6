using CourtProcurement.Application.Data;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CourtProcurement.Application.Procurement;

/// <summary>
/// The opening (开标): after the deadline an official of the court (two, where the court asked) confirms,
/// or the scheduler opens at the opening time. The bids are unsealed into plain form in the same save;
/// with too few of them the need fails (流标).
/// </summary>
public sealed class BidOpening(AppDbContext db, ICurrentUser currentUser, BidSeal seal, ProcurementRules rules, ServiceNeeds needs, TimeProvider clock, ILogger<BidOpening> logger)
{
    /// <summary>Returns whether the need is now open (false while it waits for a second official).</summary>
    public async Task<bool> ConfirmAsync(Guid needId, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(needId, cancellationToken);
        var opened = need.ConfirmOpening(currentUser.UserId ?? throw new DomainException("Common.NotFound"), currentUser.UserName ?? string.Empty, clock.GetUtcNow());
        if (opened)
        {
            await UnsealAsync(need, cancellationToken);
        }

        await db.SaveOrRefuseAsync(cancellationToken);
        if (opened)
        {
            await SweepAsync(need.Id, cancellationToken);
        }

        return opened;
    }

    /// <summary>
    /// A submission whose request began before the deadline may commit just after the opening read the
    /// bids: it was in time by the server's clock, so it is opened too, right after (and by the scheduler's
    /// next run). Returns how many such bids were opened.
    /// </summary>
    public async Task<int> SweepAsync(Guid? needId = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var late = await (from bid in db.Bids
                          join need in db.ServiceNeeds on bid.NeedId equals need.Id
                          where bid.Status == BidStatus.Submitted && need.Status == NeedStatus.Opened && (needId == null || need.Id == needId)
                          select bid).ToListAsync(cancellationToken);
        foreach (var bid in late)
        {
            var offer = seal.Unseal(bid.NeedId, bid.SealedOffer ?? throw new InvalidOperationException("A submitted bid without its offer."));
            bid.Open(offer.Price, offer.Proposal, now);
        }

        if (late.Count > 0)
        {
            await db.SaveOrRefuseAsync(cancellationToken);
        }

        return late.Count;
    }

    /// <summary>The scheduled job: opens every need due at its opening time. Running it twice changes nothing.</summary>
    public async Task<int> OpenDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.ServiceNeeds.Where(n => n.Status == NeedStatus.Published && !n.DualOpeningConfirmation && !n.IsSuspended)
            .Select(n => new { n.Id, n.OpeningTime, n.BidDeadline }).ToListAsync(cancellationToken);
        var opened = 0;
        foreach (var id in due.Where(n => n.OpeningTime <= now && n.BidDeadline <= now).Select(n => n.Id))
        {
            var need = await db.NeedAsync(id, cancellationToken);
            if (!need.IsDueForScheduledOpening(now))
            {
                continue;
            }

            try
            {
                need.ConfirmOpening("system", "system", now);
                await UnsealAsync(need, cancellationToken);
                await db.SaveOrRefuseAsync(cancellationToken);
                await SweepAsync(need.Id, cancellationToken);
                opened++;
            }
            catch (Exception exception) when (exception is CryptographicException or DomainException)
            {
                // One need that cannot be opened (a lost key, a change meanwhile) must not stop the others.
                logger.LogError(exception, "Could not open need {NeedId} on schedule", id);
                db.ChangeTracker.Clear();
                db.DiscardQueuedAudit();
            }
        }

        return opened;
    }

    private async Task UnsealAsync(ServiceNeed need, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var submitted = await db.Bids.Where(b => b.NeedId == need.Id && b.Status == BidStatus.Submitted).ToListAsync(cancellationToken);
        foreach (var bid in submitted)
        {
            var offer = seal.Unseal(need.Id, bid.SealedOffer ?? throw new InvalidOperationException("A submitted bid without its offer."));
            bid.Open(offer.Price, offer.Proposal, now);
        }

        need.FailIfTooFewBids(submitted.Count, rules, now);
        await needs.NotifyBiddersAsync(need, need.Status == NeedStatus.Failed ? "Notice.NeedFailed" : "Notice.BidsOpened", [need.Number, need.Title], cancellationToken);
    }
}
