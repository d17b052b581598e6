using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Contracts;
using static CourtProcurement.Domain.Tests.Procurement.NeedBuilder;

namespace CourtProcurement.Domain.Tests.Contracts;

public sealed class WorkOrderTests
{
    private static readonly DateOnly Today = ChinaTime.Today(Now);

    private static string Refusal(Action action) => Assert.Throws<DomainException>(action).ResourceKey;

    private static WorkOrder Issue(Contract contract, decimal quantity = 10, decimal committed = 0, int dueInDays = 5, string caseNumber = "(2026)粤0309民初1234号", bool mayReceive = true, Guid? court = null)
        => WorkOrder.Issue(contract, court ?? Court, mayReceive, committed, caseNumber, "送达起诉状副本", quantity, Today.AddDays(dueInDays), Now);

    [Theory]
    [InlineData("(2026)粤0309民初1234号")]
    [InlineData("（2026）粤0309执保12号")]
    [InlineData("(2025)粤03民终7号")]
    [InlineData("(2026)粤民终123号")]
    [InlineData("(2026)最高法民终12号")]
    public void Case_numbers_in_the_usual_forms_are_accepted(string caseNumber)
        => Assert.Equal(caseNumber, CaseNumber.Normalize(" " + caseNumber + " "));

    [Theory]
    [InlineData("")]
    [InlineData("粤0309民初1234号")]
    [InlineData("(26)粤0309民初1234号")]
    [InlineData("(2026)粤0309民初号")]
    public void Malformed_case_numbers_are_refused(string caseNumber)
        => Assert.Equal("WorkOrder.CaseNumberInvalid", Refusal(() => CaseNumber.Normalize(caseNumber)));

    [Fact]
    public void A_work_order_is_priced_at_the_unit_price_and_runs_to_verification()
    {
        var order = Issue(ContractTests.Active(), quantity: 12.5m);
        Assert.Equal((WorkOrderStatus.Issued, 550m), (order.Status, order.Amount));
        Assert.Equal("WorkOrder.NotInThatState", Refusal(() => order.Verify(Now)));
        order.Accept();
        Assert.Equal("WorkOrder.NoteRequired", Refusal(() => order.Deliver("", Now)));
        order.Deliver("已送达", Now);
        Assert.Equal("WorkOrder.CannotCancel", Refusal(() => order.Cancel("x", Now)));
        order.Verify(Now);
        Assert.Equal(WorkOrderStatus.Verified, order.Status);
        Assert.True(order.Commits);
    }

    [Fact]
    public void A_rejected_or_cancelled_order_gives_its_quantity_back_and_an_undelivered_one_becomes_overdue()
    {
        var contract = ContractTests.Active();
        var rejected = Issue(contract);
        rejected.Accept();
        rejected.Deliver("已送达", Now);
        rejected.Reject("回证缺签名", Now);
        var cancelled = Issue(contract);
        cancelled.Cancel("撤诉", Now);
        Assert.False(rejected.Commits || cancelled.Commits);

        var late = Issue(contract, dueInDays: 2);
        Assert.False(late.IsOverdue(Now.AddDays(2)));
        Assert.True(late.IsOverdue(Now.AddDays(3)));
    }

    [Fact]
    public void Work_is_refused_to_strangers_beyond_the_quantity_outside_the_period_and_to_a_suspended_organization()
    {
        var contract = ContractTests.Active();
        Assert.Equal("Common.NotFound", Refusal(() => Issue(contract, court: Guid.NewGuid())));
        Assert.Equal("WorkOrder.QuantityAboveContract", Refusal(() => Issue(contract, quantity: 11, committed: 1990)));
        Assert.Equal("WorkOrder.QuantityInvalid", Refusal(() => Issue(contract, quantity: 0)));
        Assert.Equal("WorkOrder.DueDateOutsidePeriod", Refusal(() => Issue(contract, dueInDays: -1)));
        Assert.Equal("WorkOrder.DueDateOutsidePeriod", Refusal(() => Issue(contract, dueInDays: 101)));
        Assert.Equal("WorkOrder.OrganizationSuspended", Refusal(() => Issue(contract, mayReceive: false)));
        contract.Suspend("整改");
        Assert.Equal("WorkOrder.ContractNotActive", Refusal(() => Issue(contract)));
        Assert.NotNull(Issue(ContractTests.Active(), quantity: 10, committed: 1990));
    }
}
