using System.Net;
using AngleSharp.Dom;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Contracts;

/// <summary>
/// The demo's framework agreement, as its buyer (龙华), its member court (福田), its supplier and the public
/// see it: each court only its own work orders, the supplier all of them, the public only totals.
/// </summary>
public sealed class DemoContractPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<Guid> ContractAsync() => portal.WithDatabaseAsync(db => db.Contracts.IgnoreQueryFilters().Select(c => c.Id).SingleAsync());

    private static List<string> CaseNumbers(PortalPage page)
        => [.. page.Document.QuerySelectorAll("[data-testid=work-order] td:first-child").Select(td => td.TextContent.Trim())];

    [Fact]
    public async Task The_buyer_sees_its_own_work_orders_in_every_state_and_both_courts_totals()
    {
        var id = await ContractAsync();
        using var longhua = portal.NewSession();
        await longhua.SignInAsync(DemoUsers.LonghuaAdmin);
        Assert.Contains("粤0309-HT-", (await longhua.GetAsync("/Contracts")).Document.QuerySelector("[data-testid=contracts]")!.TextContent, StringComparison.Ordinal);

        var page = await longhua.GetAsync($"/Contracts/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.All(CaseNumbers(page), n => Assert.Contains("粤0309", n, StringComparison.Ordinal));
        var states = page.Document.QuerySelectorAll("[data-testid=work-order-status]").Select(s => s.TextContent).ToHashSet();
        Assert.Superset(new HashSet<string> { "已下达", "已接单", "待验收", "已验收", "已退回" }, states);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=overdue]"));
        Assert.Equal(2, page.Document.QuerySelectorAll("[data-testid=work-order-totals] tbody tr").Length);
        Assert.Contains("福田", page.Document.QuerySelector("[data-testid=members]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=verify]"));
        Assert.NotEmpty(page.Document.QuerySelectorAll("[data-testid=history] tbody tr"));
    }

    [Fact]
    public async Task Each_home_page_lists_the_contract_work_waiting_there()
    {
        using var longhua = portal.NewSession();
        await longhua.SignInAsync(DemoUsers.LonghuaAdmin);
        var court = (await longhua.GetAsync("/")).Document.QuerySelector("[data-testid=contract-tasks]")!;
        Assert.Equal("1 个工单待验收", court.QuerySelector("[data-testid='task-Tasks.ToVerify']")!.TextContent);
        Assert.Equal("1 个工单已逾期", court.QuerySelector("[data-testid='task-Tasks.Overdue']")!.TextContent);

        using var supplier = portal.NewSession();
        await supplier.SignInAsync(DemoUsers.Org1Admin);
        var organization = (await supplier.GetAsync("/")).Document.QuerySelector("[data-testid=contract-tasks]")!;
        Assert.Equal("2 个工单待接单", organization.QuerySelector("[data-testid='task-Tasks.ToAccept']")!.TextContent);
        Assert.Equal("1 个工单待完成", organization.QuerySelector("[data-testid='task-Tasks.ToDeliver']")!.TextContent);
        Assert.Null(organization.QuerySelector("[data-testid='task-Tasks.ToVerify']"));

        using var other = portal.NewSession();
        await other.SignInAsync(DemoUsers.Org2Admin);
        Assert.Null((await other.GetAsync("/")).Document.QuerySelector("[data-testid=contract-tasks]"));
    }

    [Fact]
    public async Task The_member_court_sees_only_its_own_work_orders_and_cannot_manage_the_contract()
    {
        var id = await ContractAsync();
        using var futian = portal.NewSession();
        await futian.SignInAsync(DemoUsers.FutianAdmin);
        Assert.NotNull((await futian.GetAsync("/Contracts")).Document.QuerySelector("[data-testid=member-badge]"));
        var page = await futian.GetAsync($"/Contracts/{id}");
        Assert.NotEmpty(CaseNumbers(page));
        Assert.All(CaseNumbers(page), n => Assert.Contains("粤0304", n, StringComparison.Ordinal));
        Assert.DoesNotContain("粤0309民初", page.Document.QuerySelector("[data-testid=work-orders]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=member-note]"));
        Assert.Null(page.Document.QuerySelector("[data-testid=reason-form]"));

        // Posting to the buyer's management anyway is refused as if the contract did not exist.
        var form = page.Document.QuerySelector("[data-testid=work-order-form]")!;
        form.SetAttribute("action", $"/Contracts/{id}/Suspend");
        Assert.Equal(HttpStatusCode.NotFound, (await futian.SubmitAsync(page, new Dictionary<string, string> { ["Closing.Reason"] = "越权" }, "[data-testid=work-order-form]")).Status);
    }

    [Fact]
    public async Task The_supplier_sees_every_work_order_and_another_organization_nothing()
    {
        var id = await ContractAsync();
        var supplierUser = await portal.WithDatabaseAsync(async db =>
        {
            var organization = await db.Contracts.IgnoreQueryFilters().Select(c => c.OrganizationId).SingleAsync();
            return await db.Users.Where(u => u.OrganizationId == organization).Select(u => u.UserName!).FirstAsync();
        });
        using var supplier = portal.NewSession();
        await supplier.SignInAsync(supplierUser);
        Assert.Single((await supplier.GetAsync("/MyContracts")).Document.QuerySelectorAll("[data-testid=contracts] tbody tr"));
        var page = await supplier.GetAsync($"/MyContracts/{id}");
        Assert.Equal(8, CaseNumbers(page).Count);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=accept]"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=deliver]"));

        var other = DemoUsers.Org1Admin == supplierUser ? DemoUsers.Org3Admin : DemoUsers.Org1Admin;
        using var stranger = portal.NewSession();
        await stranger.SignInAsync(other);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/MyContracts/{id}")).Status);
        Assert.Empty((await stranger.GetAsync("/MyContracts")).Document.QuerySelectorAll("[data-testid=contracts] tbody tr"));
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/Contracts/{id}")).Status);
    }

    [Fact]
    public async Task The_public_reads_the_summary_the_members_and_totals_but_no_case()
    {
        var id = await ContractAsync();
        using var anyone = portal.NewSession();
        var list = await anyone.GetAsync("/Notices/Contracts?frameworks=true");
        Assert.Single(list.Document.QuerySelectorAll("[data-testid=public-contracts] tbody tr a"));
        var page = await anyone.GetAsync($"/Notices/Contracts/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("福田", page.Document.QuerySelector("[data-testid=members]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("民初", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("送达回证缺少", page.Html, StringComparison.Ordinal);
        Assert.NotEqual("¥0.00", page.Document.QuerySelector("[data-testid=verified-amount]")!.TextContent.Trim());
        var needId = await portal.WithDatabaseAsync(db => db.Contracts.IgnoreQueryFilters().Select(c => c.NeedId).SingleAsync());
        var notice = await anyone.GetAsync($"/Notices/{needId}");
        Assert.EndsWith($"/Notices/Contracts/{id}", notice.Document.QuerySelector("[data-testid=contract-notice-link] a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains($"/Notices/Contracts/{id}</loc>", await anyone.Client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        var english = await anyone.GetAsync($"/Notices/Contracts/{id}?culture=en");
        Assert.Contains("Member courts", english.Html, StringComparison.Ordinal);
    }
}
