using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Procurement;

public sealed partial class ServiceNeed
{
    /// <summary>
    /// An official of the court confirms the opening (开标) after the deadline. Where the court asked for two
    /// officials, the first confirmation waits for a second, different one; each is recorded. Returns
    /// whether the need is now open, so that the caller unseals the bids in the same save.
    /// </summary>
    public bool ConfirmOpening(string userId, string userName, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (Status != NeedStatus.Published)
        {
            throw new DomainException("Opening.OnlyPublished");
        }

        if (now < BidDeadline)
        {
            throw new DomainException("Opening.BeforeDeadline");
        }

        if (IsSuspended)
        {
            throw new DomainException("Need.Suspended");
        }

        if (_openingConfirmations.Any(c => c.UserId == userId))
        {
            throw new DomainException("Opening.SecondOfficialRequired");
        }

        _openingConfirmations.Add(OpeningConfirmation.Create(Id, userId, userName, now));
        Version = Guid.NewGuid();
        Record("Need.OpeningConfirmed", Status.ToString(), Status.ToString(), new Dictionary<string, string?> { ["official"] = userName });
        if (DualOpeningConfirmation && _openingConfirmations.Count < 2)
        {
            return false;
        }

        Status = NeedStatus.Opened;
        OpenedAt = now;
        Record("Need.Opened", nameof(NeedStatus.Published), nameof(NeedStatus.Opened));
        return true;
    }

    /// <summary>The scheduler opens at the opening time, unless the court asked for two officials to confirm.</summary>
    public bool IsDueForScheduledOpening(DateTimeOffset now)
        => Status == NeedStatus.Published && !DualOpeningConfirmation && !IsSuspended && now >= OpeningTime && now >= BidDeadline;

    /// <summary>
    /// 流标: after the opening (with the bids submitted) and after the qualification check (with the bids
    /// that passed), too few valid bids for the method end the procurement. Returns whether it failed.
    /// </summary>
    public bool FailIfTooFewBids(int validBids, ProcurementRules rules, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (Status != NeedStatus.Opened || rules.HasEnoughBidders(Method, validBids))
        {
            return false;
        }

        Status = NeedStatus.Failed;
        ClosedAt = now;
        ClosingReason = $"{validBids}/{rules.For(Method).MinimumBidders}";
        Version = Guid.NewGuid();
        Record("Need.Failed", nameof(NeedStatus.Opened), nameof(NeedStatus.Failed), new Dictionary<string, string?>
        {
            ["validBids"] = validBids.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["minimum"] = rules.For(Method).MinimumBidders.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return true;
    }
}
