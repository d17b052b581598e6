using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Contracts;
using CourtProcurement.Domain.Procurement;
using CourtProcurement.Domain.Tests.Procurement;
using static CourtProcurement.Domain.Tests.Procurement.NeedBuilder;

namespace CourtProcurement.Domain.Tests.Contracts;

public sealed class ContractTests
{
    private static readonly DateOnly Today = ChinaTime.Today(Now);
    private static readonly Guid OtherCourt = Guid.NewGuid();

    private static string Refusal(Action action) => Assert.Throws<DomainException>(action).ResourceKey;

    /// <summary>An award of 88,000 for 2,000 documents (44.00 each) to one organization's opened bid.</summary>
    internal static (ServiceNeed Need, Bid Bid) Awarded(decimal? unitCeiling = null)
    {
        var need = ServiceNeedTests.Evaluated();
        if (unitCeiling is not null)
        {
            need = Opened(Terms(unitCeiling: unitCeiling));
            need.AppointPanel([("a", "甲"), ("b", "乙"), ("c", "丙")]);
            foreach (var member in new[] { "a", "b", "c" })
            {
                need.DeclareNoConflict(member, Now);
            }

            need.CompleteEvaluation(Now);
        }

        var bid = Bid.Start(need.Id, Court, Guid.NewGuid(), "sealed", Now, need.BidDeadline);
        bid.Submit(Now, need.BidDeadline, documentRequired: false);
        bid.Open(88_000m, null, need.BidDeadline);
        need.Award(bid.Id, bid.Id, null, Now, Rules, NoHolidays);
        return (need, bid);
    }

    internal static Contract Active(bool framework = false)
    {
        var (need, bid) = Awarded();
        var contract = Contract.Draft(need, bid, null, "粤0309-HT-2026-001", "直接送达", new ContractTerms(44m, Today, Today.AddDays(100), framework), Now);
        contract.Sign(Now);
        return contract;
    }

    [Theory]
    [InlineData(44.01, 0, 100, "Contract.UnitPriceAboveAward")]
    [InlineData(0, 0, 100, "Contract.UnitPriceInvalid")]
    [InlineData(43.999, 0, 100, "Contract.UnitPriceInvalid")]
    [InlineData(40, 10, 5, "Contract.PeriodInvalid")]
    [InlineData(40, 0, 1100, "Contract.PeriodTooLong")]
    public void Terms_outside_the_award_or_a_sensible_period_are_refused(decimal unitPrice, int start, int end, string refusal)
    {
        var (need, bid) = Awarded();
        Assert.Equal(refusal, Refusal(() => Contract.Draft(need, bid, null, "n", "i", new ContractTerms(unitPrice, Today.AddDays(start), Today.AddDays(end), false), Now)));
    }

    [Fact]
    public void The_unit_price_stays_under_the_needs_ceiling_and_readiness_blocks_the_draft()
    {
        var (need, bid) = Awarded(unitCeiling: 40m);
        Assert.Equal("Contract.UnitPriceAboveCeiling", Refusal(() => Contract.Draft(need, bid, null, "n", "i", new ContractTerms(42m, Today, Today.AddDays(9), false), Now)));
        Assert.Equal("Readiness.ChallengeWindowOpen", Refusal(() => Contract.Draft(need, bid, "Readiness.ChallengeWindowOpen", "n", "i", new ContractTerms(40m, Today, Today.AddDays(9), false), Now)));
        var other = Bid.Start(need.Id, Court, Guid.NewGuid(), "x", Now, need.BidDeadline);
        Assert.Equal("Readiness.NotAwarded", Refusal(() => Contract.Draft(need, other, null, "n", "i", new ContractTerms(40m, Today, Today.AddDays(9), false), Now)));
    }

    [Fact]
    public void A_contract_is_signed_suspended_resumed_and_completed_only_at_the_end_of_its_period_and_each_step_is_recorded()
    {
        var contract = Active();
        Assert.Equal((ContractStatus.Active, 88_000m, 2000m), (contract.Status, contract.Value, contract.Quantity));
        Assert.Equal("Contract.OnlyPendingCanBeSigned", Refusal(() => contract.Sign(Now)));
        Assert.Equal("Contract.ReasonRequired", Refusal(() => contract.Suspend(" ")));
        contract.Suspend("整改期间暂停");
        Assert.Equal("Contract.OnlyActiveCanComplete", Refusal(() => contract.Complete(Now.AddDays(200), valueUsedUp: false)));
        contract.Resume();
        Assert.StartsWith("Contract.CompleteOnlyAtPeriodEnd", Refusal(() => contract.Complete(Now, valueUsedUp: false)), StringComparison.Ordinal);
        contract.Complete(Now, valueUsedUp: true);
        Assert.Equal("Contract.AlreadyClosed", Refusal(() => contract.Terminate("x", Now)));
        Assert.Equal(["Contract.Drafted", "Contract.Signed", "Contract.Suspended", "Contract.Resumed", "Contract.Completed"], contract.PendingStateChanges.Select(c => c.Action));
    }

    [Fact]
    public void The_unit_price_is_the_award_over_the_quantity_rounded_down_so_the_whole_quantity_never_passes_the_award()
    {
        Assert.Equal("Contract.UnitPriceAboveAward", Refusal(() => new ContractTerms(333.34m, Today, Today.AddDays(9), false).Validate(1000m, 3m, null)));
        new ContractTerms(333.33m, Today, Today.AddDays(9), false).Validate(1000m, 3m, null);
    }

    [Fact]
    public void Only_a_signed_framework_agreement_takes_members_once_each()
    {
        var (need, bid) = Awarded();
        var pending = Contract.Draft(need, bid, null, "n", "i", new ContractTerms(44m, Today, Today.AddDays(9), true), Now);
        Assert.Equal("Contract.MembersAfterSignature", Refusal(() => pending.AddMember(OtherCourt, Now)));
        Assert.Equal("Contract.NotFramework", Refusal(() => Active().AddMember(OtherCourt, Now)));
        var framework = Active(framework: true);
        Assert.Equal("Contract.AlreadyMember", Refusal(() => framework.AddMember(Court, Now)));
        framework.AddMember(OtherCourt, Now);
        Assert.Equal("Contract.AlreadyMember", Refusal(() => framework.AddMember(OtherCourt, Now)));
        Assert.True(framework.IsParty(OtherCourt));
        Assert.False(framework.IsParty(Guid.NewGuid()));
    }
}
