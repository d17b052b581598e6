using System.Globalization;
using System.Text.RegularExpressions;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Domain.Common;
using Microsoft.Playwright;

namespace CourtProcurement.Browser.Tests;

/// <summary>A whole open tender clicked through by its people: notice, three sealed bids, opening, panel, award notice.</summary>
public sealed partial class OpenTenderTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    private static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名或电子邮箱").FillAsync(user);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(BrowserFixture.DemoPassword);
        await page.Locator("form[data-testid=login-form] button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private async Task<IPage> PersonAsync(string user)
    {
        var page = await portal.NewPersonAsync();
        await SignInAsync(page, user);
        return page;
    }

    private static Task ShotAsync(IPage page, string name)
        => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"tender-{name}.png"), FullPage = true });

    [GeneratedRegex(@"/Procurement/([0-9a-f-]{36})$")]
    private static partial Regex NeedUrl();

    [Fact]
    public async Task Three_organizations_bid_and_the_court_opens_evaluates_and_publishes_the_award_notice()
    {
        var admin = await PersonAsync(DemoUsers.LonghuaAdmin);
        await admin.GotoAsync("/Procurement/New");
        await admin.Locator("#Input_CatalogueItemId").SelectOptionAsync(new SelectOptionValue { Label = "直接送达 (每份文书, ¥30.00–¥50.00)" });
        await admin.Locator("#Input_Title").FillAsync("2027年度直接送达服务（浏览器测试）");
        await admin.Locator("#Input_Description").FillAsync("为本院民商事案件提供直接送达服务。");
        await admin.Locator("#Input_Quantity").FillAsync("2000");
        await admin.Locator("#Input_BudgetCeiling").FillAsync("100000");
        await admin.Locator("#Input_Place").FillAsync("深圳市龙华区");
        await admin.Locator("#Input_ServiceStart").FillAsync("2027-01-01");
        await admin.Locator("#Input_ServiceEnd").FillAsync("2027-12-31");
        await admin.Locator("#Input_Method").SelectOptionAsync("OpenTender");
        await admin.Locator("#Input_EvaluationMethod").SelectOptionAsync("Comprehensive");
        await admin.Locator("#Input_PriceWeight").FillAsync("30");
        await admin.Locator("#Input_Criteria_0__Name").FillAsync("服务方案");
        await admin.Locator("#Input_Criteria_0__MaxScore").FillAsync("40");
        await admin.Locator("#Input_Criteria_1__Name").FillAsync("人员配备");
        await admin.Locator("#Input_Criteria_1__MaxScore").FillAsync("30");
        await admin.Locator("#Input_ProposalDocumentRequired").UncheckAsync();
        var deadline = ChinaTime.ToChinaTime(portal.Clock.GetUtcNow().AddDays(25));
        await admin.Locator("#Input_BidDeadline").FillAsync(deadline.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await admin.GetByTestId("save-need").ClickAsync();
        await admin.GetByTestId("publish").ClickAsync();
        Assert.Equal("公告中", (await admin.GetByTestId("need-status").TextContentAsync())?.Trim());
        var needId = NeedUrl().Match(new Uri(admin.Url).AbsolutePath).Groups[1].Value;
        await ShotAsync(admin, "1-published");

        // Three organizations bid; each sees only its own.
        var prices = new Dictionary<string, string> { [DemoUsers.Org1Admin] = "80000", [DemoUsers.Org2Admin] = "100000", [DemoUsers.Org3Admin] = "96000" };
        foreach (var (user, price) in prices)
        {
            var organization = await PersonAsync(user);
            await organization.GotoAsync($"/Tenders/{needId}");
            await organization.GetByTestId("go-bid").ClickAsync();
            await organization.Locator("#Input_Price").FillAsync(price);
            await organization.Locator("#Input_Proposal").FillAsync($"{user} 的服务方案");
            await organization.GetByTestId("submit-bid").ClickAsync();
            Assert.Equal("已提交", (await organization.GetByTestId("bid-status").TextContentAsync())?.Trim());
            await ShotAsync(organization, $"2-bid-{user}");
            await organization.Context.CloseAsync();
        }

        await admin.GotoAsync($"/Procurement/{needId}?tab=bids");
        Assert.Contains("密封", await admin.GetByTestId("sealed").TextContentAsync(), StringComparison.Ordinal);

        // The deadline passes (the portal's clock moves; sessions of 8 hours have ended).
        portal.Clock.Advance(TimeSpan.FromDays(26));
        await SignInAsync(admin, DemoUsers.LonghuaAdmin);
        await admin.GotoAsync($"/Procurement/{needId}?tab=bids");
        Assert.Equal("已提交投标 3 份（开标前不显示投标人和报价）。", (await admin.GetByTestId("bid-count").TextContentAsync())?.Trim());
        await admin.GetByTestId("open").ClickAsync();
        Assert.Equal(3, await admin.GetByTestId("opened-bid").CountAsync());
        await ShotAsync(admin, "3-opening-record");

        await admin.GetByTestId("tab-evaluation").ClickAsync();
        foreach (var name in new[] { "陈静", "王立新", "刘思远" })
        {
            await admin.GetByLabel(name).CheckAsync();
        }

        await admin.Locator("form[data-testid=panel-form] button[type=submit]").ClickAsync();

        // Each member declares, the first checks the qualifications, each scores.
        var members = new[] { (DemoUsers.LonghuaAdmin, admin), (DemoUsers.LonghuaJudge, await PersonAsync(DemoUsers.LonghuaJudge)), (DemoUsers.LonghuaJudge2, await PersonAsync(DemoUsers.LonghuaJudge2)) };
        foreach (var (user, page) in members)
        {
            await page.GotoAsync($"/Evaluation/{needId}");
            await page.GetByTestId("declare").ClickAsync();
            if (user == DemoUsers.LonghuaAdmin)
            {
                for (var i = 0; i < 3; i++)
                {
                    await page.GetByTestId("pass").Nth(i).ClickAsync();
                    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                }

                Assert.Equal(3, await page.GetByTestId("bid-row").Filter(new() { HasTextString = "资格审查通过" }).CountAsync());
            }
        }

        // Technical totals: 80,000 → 51, 96,000 → 60, 100,000 → 65, as the court's scoring rules worked example.
        var technical = new Dictionary<string, (string, string)> { ["深圳市明理司法辅助服务中心"] = ("30", "21"), ["广东速达法律文书送达服务有限公司"] = ("35", "25"), ["深圳市和衷调解促进会"] = ("40", "25") };
        foreach (var (_, page) in members)
        {
            await page.GotoAsync($"/Evaluation/{needId}");
            foreach (var (organization, (first, second)) in technical)
            {
                await page.GetByLabel($"{organization} 服务方案").FillAsync(first);
                await page.GetByLabel($"{organization} 人员配备").FillAsync(second);
            }

            await page.GetByTestId("submit-scores").ClickAsync();
            Assert.NotNull(await page.GetByTestId("scores-submitted").TextContentAsync());
        }

        await ShotAsync(members[2].Item2, "4-scores");
        await admin.GotoAsync($"/Procurement/{needId}?tab=evaluation");
        await admin.GetByTestId("complete").ClickAsync();
        await admin.GotoAsync($"/Procurement/{needId}?tab=award");
        await ShotAsync(admin, "5-ranking");
        await admin.GetByTestId("award").ClickAsync();
        Assert.Equal("深圳市和衷调解促进会", (await admin.GetByTestId("winner").TextContentAsync())?.Trim());

        // The losing bidder reads the award notice and its own rank and score.
        var loser = await PersonAsync(DemoUsers.Org1Admin);
        await loser.GotoAsync($"/Tenders/{needId}");
        Assert.Equal("深圳市和衷调解促进会", (await loser.GetByTestId("winner").TextContentAsync())?.Trim());
        await ShotAsync(loser, "6-award-notice");
        await loser.GotoAsync($"/Bids/{needId}");
        Assert.Equal("本机构排名第 3，总分 81.00（价格分 30.00，技术分 51.00）。", (await loser.GetByTestId("own-result").TextContentAsync())?.Trim());
        Assert.Equal(1, await loser.GetByTestId("challenge-form").CountAsync());
    }
}
