using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using static CourtProcurement.Domain.Tests.Procurement.NeedBuilder;

namespace CourtProcurement.Domain.Tests.Procurement;

public sealed class BidTests
{
    private static readonly DateTimeOffset Deadline = Now.AddDays(21);

    private static string Refusal(Action action) => Assert.Throws<DomainException>(action).ResourceKey;

    private static Bid Draft() => Bid.Start(Guid.NewGuid(), Court, Guid.NewGuid(), "sealed-1", Now, Deadline);

    [Fact]
    public void A_bid_is_drafted_submitted_withdrawn_revised_and_resubmitted_before_the_deadline()
    {
        var bid = Draft();
        bid.Submit(Now, Deadline, documentRequired: false);
        Assert.Equal("Bid.WithdrawToChange", Refusal(() => bid.Revise("sealed-2", Now, Deadline)));
        bid.Withdraw(Now.AddHours(1), Deadline);
        bid.Revise("sealed-2", Now.AddHours(2), Deadline);
        bid.Submit(Now.AddHours(3), Deadline, documentRequired: false);
        Assert.Equal((BidStatus.Submitted, "sealed-2", Now.AddHours(3)), (bid.Status, bid.SealedOffer, bid.SubmittedAt));
        Assert.Equal(["Bid.Drafted", "Bid.Submitted", "Bid.Withdrawn", "Bid.Revised", "Bid.Submitted"], bid.PendingStateChanges.Select(c => c.Action));
        Assert.Null(bid.Price);
        Assert.True(bid.IsSealed);
    }

    [Fact]
    public void Nothing_changes_at_or_after_the_deadline()
    {
        var bid = Draft();
        Assert.Equal("Bid.DeadlinePassed", Refusal(() => bid.Submit(Deadline, Deadline, false)));
        Assert.Equal("Bid.DeadlinePassed", Refusal(() => bid.Revise("x", Deadline.AddTicks(1), Deadline)));
        Assert.Equal("Bid.DeadlinePassed", Refusal(() => Bid.Start(Guid.NewGuid(), Court, Guid.NewGuid(), "x", Deadline, Deadline)));
        bid.Submit(Deadline.AddTicks(-1), Deadline, false);
        Assert.Equal("Bid.DeadlinePassed", Refusal(() => bid.Withdraw(Deadline, Deadline)));
    }

    [Fact]
    public void A_required_proposal_document_must_be_attached_before_submitting()
    {
        var bid = Draft();
        Assert.Equal("Bid.DocumentRequired", Refusal(() => bid.Submit(Now, Deadline, documentRequired: true)));
        bid.Attach(BidDocument.Create(bid.Id, "k", "方案.pdf", "application/pdf", 10, Now), Now, Deadline);
        bid.Submit(Now, Deadline, documentRequired: true);
        Assert.Equal(BidStatus.Submitted, bid.Status);
    }

    [Fact]
    public void Opening_stores_the_plain_offer_and_the_panel_decides_qualification_then_the_award_decides_the_bid()
    {
        var bid = Draft();
        Assert.Equal("Bid.OnlySubmittedCanBeOpened", Refusal(() => bid.Open(1m, null, Deadline)));
        bid.Submit(Now, Deadline, false);
        bid.Open(88_000m, "方案", Deadline);
        Assert.Equal((BidStatus.Opened, 88_000m, (string?)null, false), (bid.Status, bid.Price, bid.SealedOffer, bid.IsSealed));

        Assert.Equal("Bid.DisqualificationReasonRequired", Refusal(() => bid.Disqualify("", Deadline)));
        bid.Disqualify("营业执照已过期", Deadline);
        bid.Qualify(Deadline);
        bid.RecordResult(new BidResult(bid.Id, 88_000m, 30m, 60m, 90m, 1), Deadline);
        bid.Decide(won: true, Deadline);
        Assert.Equal((BidStatus.Won, 90m, 1), (bid.Status, bid.TotalScore, bid.Rank));
        bid.Reconsider(clearScores: true, Deadline);
        Assert.Equal((BidStatus.Qualified, (int?)null), (bid.Status, bid.Rank));
    }
}
