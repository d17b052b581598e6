using System.Globalization;
using System.Net;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Domain.Common;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Contracts;

/// <summary>A judge raises a work order for a case on the court's contract and hears when it is delivered; managing the contract stays with administrators.</summary>
public sealed class JudgeWorkOrderTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_judge_raises_work_for_a_case_is_told_of_the_delivery_and_cannot_manage_the_contract()
    {
        var id = await portal.WithDatabaseAsync(db => db.Contracts.IgnoreQueryFilters().Select(c => c.Id).SingleAsync());
        using var judge = portal.NewSession();
        await judge.SignInAsync(DemoUsers.LonghuaJudge);
        Assert.NotEmpty((await judge.GetAsync("/Contracts")).Document.QuerySelectorAll("[data-testid=contracts] tbody tr"));
        var page = await judge.GetAsync($"/Contracts/{id}");
        Assert.Null(page.Document.QuerySelector("[data-testid=reason-form]"));
        var due = ChinaTime.Today(DateTimeOffset.UtcNow).AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var issued = await judge.SubmitAsync(page, new Dictionary<string, string>
        {
            ["WorkOrder.CaseNumber"] = "(2026)粤0309民初7777号", ["WorkOrder.Quantity"] = "3", ["WorkOrder.DueDate"] = due, ["WorkOrder.Description"] = "送达开庭传票",
        }, "[data-testid=work-order-form]");
        Assert.Contains("(2026)粤0309民初7777号", issued.Document.QuerySelector("[data-testid=work-orders]")!.TextContent, StringComparison.Ordinal);

        // Management is the administrators': a judge posting there is refused.
        issued.Document.QuerySelector("[data-testid=work-order-form]")!.SetAttribute("action", $"/Contracts/{id}/Suspend");
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.SubmitAsync(issued, new Dictionary<string, string> { ["Closing.Reason"] = "越权" }, "[data-testid=work-order-form]")).Status);
        var needId = await portal.WithDatabaseAsync(db => db.Contracts.IgnoreQueryFilters().Select(c => c.NeedId).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.GetAsync($"/Contracts/Draft/{needId}")).Status);

        using var supplier = portal.NewSession();
        await supplier.SignInAsync(DemoUsers.Org1Admin);
        var mine = await supplier.GetAsync($"/MyContracts/{id}");
        var orderId = await portal.WithDatabaseAsync(db => db.WorkOrders.IgnoreQueryFilters().Where(w => w.CaseNumber == "(2026)粤0309民初7777号").Select(w => w.Id).SingleAsync());
        mine = await supplier.SubmitAsync(mine, new Dictionary<string, string>(), $"form[action$='/WorkOrders/{orderId}/Accept']");
        await supplier.SubmitAsync(mine, new Dictionary<string, string> { ["note"] = "传票已送达" }, $"form[action$='/WorkOrders/{orderId}/Deliver']");
        Assert.Contains("(2026)粤0309民初7777号", (await judge.GetAsync("/Inbox")).Text, StringComparison.Ordinal);
    }
}
