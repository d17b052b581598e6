using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using static CourtProcurement.Domain.Tests.Procurement.NeedBuilder;

namespace CourtProcurement.Domain.Tests.Procurement;

public sealed class FinalOfferTests
{
    private static string Refusal(Action action) => Assert.Throws<DomainException>(action).ResourceKey;

    [Fact]
    public void Negotiation_calls_rounds_of_sealed_final_offers_that_close_only_after_their_deadline()
    {
        var need = Opened(Terms(ProcurementMethod.CompetitiveNegotiation, deadline: Now.AddDays(5)));
        var at = need.BidDeadline.AddHours(1);
        Assert.Equal("FinalOffer.DeadlineInPast", Refusal(() => need.RequestFinalOffers(at, at, Rules)));
        need.RequestFinalOffers(at.AddHours(2), at, Rules);
        Assert.Equal("FinalOffer.RoundOpen", Refusal(() => need.RequestFinalOffers(at.AddHours(3), at, Rules)));
        Assert.Equal("FinalOffer.RoundStillOpen", Refusal(() => need.CloseFinalOfferRound(at.AddHours(1))));
        need.CloseFinalOfferRound(at.AddHours(2));
        need.RequestFinalOffers(at.AddHours(4), at.AddHours(3), Rules);
        Assert.Equal((2, true), (need.FinalOfferRounds, need.IsFinalOfferRoundOpen));
    }

    [Fact]
    public void An_open_tender_has_no_final_offers()
        => Assert.Equal("FinalOffer.NotForMethod", Refusal(() => Opened().RequestFinalOffers(Now.AddDays(30), Now.AddDays(22), Rules)));

    [Fact]
    public void A_final_offer_comes_from_a_qualified_bid_before_the_round_closes_and_never_raises_the_price()
    {
        var deadline = Now.AddDays(5);
        var bid = Bid.Start(Guid.NewGuid(), Court, Guid.NewGuid(), "sealed", Now, deadline);
        bid.Submit(Now, deadline, false);
        bid.Open(90_000m, null, deadline);
        Assert.Equal("Bid.NotQualified", Refusal(() => bid.SubmitFinalOffer("final", 1, deadline, deadline.AddHours(2))));
        bid.Qualify(deadline);
        Assert.Equal("FinalOffer.DeadlinePassed", Refusal(() => bid.SubmitFinalOffer("final", 1, deadline.AddHours(2), deadline.AddHours(2))));
        bid.SubmitFinalOffer("final", 1, deadline.AddHours(1), deadline.AddHours(2));
        bid.ApplyFinalOffer(95_000m, deadline.AddHours(2));
        Assert.Equal((90_000m, (string?)null), (bid.Price, bid.SealedFinalOffer));
        bid.SubmitFinalOffer("final", 2, deadline.AddHours(3), deadline.AddHours(4));
        bid.ApplyFinalOffer(85_000m, deadline.AddHours(4));
        Assert.Equal(85_000m, bid.Price);
    }
}
