using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Procurement;

public sealed partial class ServiceNeed
{
    /// <summary>How many rounds of final offers (最后报价) the court has called.</summary>
    public int FinalOfferRounds { get; private set; }

    /// <summary>Until when the current round takes final offers; null when no round is open.</summary>
    public DateTimeOffset? FinalOfferDeadline { get; private set; }

    public bool IsFinalOfferRoundOpen => FinalOfferDeadline is not null;

    /// <summary>
    /// Competitive negotiation and consultation: after talking with the qualified bidders the court asks
    /// them for a final offer by a deadline. Offers are sealed until the round is closed.
    /// </summary>
    public void RequestFinalOffers(DateTimeOffset deadline, DateTimeOffset now, ProcurementRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        RequireStatus(NeedStatus.Opened, "Panel.OnlyAfterOpening");
        if (!rules.For(Method).AllowsFinalOffer)
        {
            throw new DomainException("FinalOffer.NotForMethod");
        }

        if (IsFinalOfferRoundOpen)
        {
            throw new DomainException("FinalOffer.RoundOpen");
        }

        if (deadline <= now)
        {
            throw new DomainException("FinalOffer.DeadlineInPast");
        }

        FinalOfferRounds++;
        FinalOfferDeadline = deadline;
        Version = Guid.NewGuid();
        Record("Need.FinalOffersRequested", Status.ToString(), Status.ToString(), new Dictionary<string, string?>
        {
            ["round"] = FinalOfferRounds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["deadline"] = deadline.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>After the round's deadline the court closes it; the caller unseals the offers in the same save.</summary>
    public void CloseFinalOfferRound(DateTimeOffset now)
    {
        if (FinalOfferDeadline is not { } deadline)
        {
            throw new DomainException("FinalOffer.NoRoundOpen");
        }

        if (now < deadline)
        {
            throw new DomainException("FinalOffer.RoundStillOpen");
        }

        FinalOfferDeadline = null;
        Version = Guid.NewGuid();
        Record("Need.FinalOffersOpened", Status.ToString(), Status.ToString(), new Dictionary<string, string?>
        {
            ["round"] = FinalOfferRounds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }
}
