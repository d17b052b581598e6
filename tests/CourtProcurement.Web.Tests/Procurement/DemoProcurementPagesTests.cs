using System.Net;
using AngleSharp.Dom;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Domain.Procurement;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Procurement;

/// <summary>The demo's procurements, one in every state, render for everyone who may see them.</summary>
public sealed class DemoProcurementPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] EveryState = ["草稿", "公告中", "已开标", "评审完成", "已授标", "流标", "已终止"];

    [Fact]
    public async Task Longhuas_administrator_sees_a_procurement_in_every_state_and_every_tab_of_each()
    {
        using var court = portal.NewSession();
        await court.SignInAsync(DemoUsers.LonghuaAdmin);
        var list = await court.GetAsync("/Procurement");
        var statuses = list.Document.QuerySelectorAll("[data-testid=needs] [data-testid=need-status]").Select(s => s.TextContent).ToHashSet();
        Assert.Equal(EveryState.Order(StringComparer.Ordinal), statuses.Order(StringComparer.Ordinal));

        var ids = await portal.WithDatabaseAsync(db => db.ServiceNeeds.IgnoreQueryFilters().Where(n => n.Number.StartsWith("粤0309")).Select(n => n.Id).ToListAsync());
        foreach (var id in ids)
        {
            foreach (var tab in new[] { "overview", "clarifications", "bids", "evaluation", "award", "history" })
            {
                Assert.Equal(HttpStatusCode.OK, (await court.GetAsync($"/Procurement/{id}?tab={tab}")).Status);
            }
        }

        var awarded = await portal.WithDatabaseAsync(db => db.ServiceNeeds.Where(n => n.Status == NeedStatus.Awarded).OrderByDescending(n => n.AwardedAt).Select(n => n.Id).ToListAsync());
        var fresh = await court.GetAsync($"/Procurement/{awarded[0]}?tab=award");
        Assert.Single(fresh.Document.QuerySelectorAll("[data-testid=challenge-answer-form]"));
        Assert.Equal("质疑期未满，暂不能签订合同。", fresh.Document.QuerySelector("[data-testid=contract-readiness]")!.TextContent);
        var older = await court.GetAsync($"/Procurement/{awarded[1]}?tab=award");
        Assert.Equal("质疑、投诉期限均已届满，可以签订合同。", older.Document.QuerySelector("[data-testid=contract-readiness]")!.TextContent);
    }

    [Fact]
    public async Task Judges_organizations_and_the_platform_find_their_part_of_the_demo()
    {
        using var judge = portal.NewSession();
        await judge.SignInAsync(DemoUsers.LonghuaJudge);
        var panels = await judge.GetAsync("/Evaluation");
        var links = panels.Document.QuerySelectorAll("[data-testid=panels] a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(links.Count >= 3);
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await judge.GetAsync(link)).Status);
        }

        using var organization = portal.NewSession();
        await organization.SignInAsync(DemoUsers.Org3Admin);
        var tenders = await organization.GetAsync("/Tenders?all=true");
        foreach (var link in tenders.Document.QuerySelectorAll("[data-testid=tenders] a").Select(a => a.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, (await organization.GetAsync(link)).Status);
        }

        var bids = await organization.GetAsync("/Bids");
        foreach (var link in bids.Document.QuerySelectorAll("[data-testid=own-bids] a").Select(a => a.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, (await organization.GetAsync(link)).Status);
        }

        using var platform = portal.NewSession();
        await platform.SignInAsync(DemoUsers.PlatformAdmin);
        Assert.Equal(HttpStatusCode.OK, (await platform.GetAsync("/Platform/Complaints")).Status);
    }
}
