using System.Globalization;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Domain.Common;
using Microsoft.Playwright;

namespace CourtProcurement.Browser.Tests;

/// <summary>
/// A work order clicked through on the demo framework agreement: the member court (福田) calls work off it,
/// the supplier accepts and reports delivery, the court verifies, and the public summary's total grows.
/// </summary>
public sealed class WorkOrderTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> PersonAsync(string user)
    {
        var page = await portal.NewPersonAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名或电子邮箱").FillAsync(user);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(BrowserFixture.DemoPassword);
        await page.Locator("form[data-testid=login-form] button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    private static Task ShotAsync(IPage page, string name)
        => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"work-order-{name}.png"), FullPage = true });

    [Fact]
    public async Task A_member_court_calls_work_off_the_framework_agreement_and_verifies_the_delivery()
    {
        var anyone = await portal.NewPersonAsync();
        await anyone.GotoAsync("/Notices/Contracts?frameworks=true");
        await anyone.Locator("[data-testid=public-contracts] tbody a").First.ClickAsync();
        var summaryUrl = anyone.Url;
        var before = await anyone.GetByTestId("verified-amount").TextContentAsync();

        var futian = await PersonAsync(DemoUsers.FutianAdmin);
        await futian.GetByRole(AriaRole.Link, new() { Name = "合同", Exact = true }).ClickAsync();
        await futian.Locator("[data-testid=contracts] tbody a").First.ClickAsync();
        var contractUrl = futian.Url;
        await futian.Locator("#WorkOrder_CaseNumber").FillAsync("2026粤0304民初1号");
        await futian.Locator("#WorkOrder_Quantity").FillAsync("12");
        var due = ChinaTime.Today(portal.Clock.GetUtcNow()).AddDays(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await futian.Locator("#WorkOrder_DueDate").FillAsync(due);
        await futian.Locator("#WorkOrder_Description").FillAsync("送达传票及开庭通知");
        await futian.GetByTestId("issue-work-order").ClickAsync();
        Assert.Contains("案号格式不正确", await futian.Locator("[data-valmsg-for='WorkOrder.CaseNumber']").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("送达传票及开庭通知", await futian.Locator("#WorkOrder_Description").InputValueAsync());
        await futian.Locator("#WorkOrder_CaseNumber").FillAsync("(2026)粤0304民初1号");
        await futian.GetByTestId("issue-work-order").ClickAsync();
        await ShotAsync(futian, "1-issued");

        var supplier = await PersonAsync(DemoUsers.Org1Admin);
        await supplier.GotoAsync("/MyContracts");
        await supplier.Locator("[data-testid=contracts] tbody a").First.ClickAsync();
        var row = supplier.Locator("[data-testid=work-order]", new() { HasText = "(2026)粤0304民初1号" });
        await row.GetByTestId("accept").ClickAsync();
        row = supplier.Locator("[data-testid=work-order]", new() { HasText = "(2026)粤0304民初1号" });
        await row.Locator("textarea[name=note]").FillAsync("12 份文书已送达，回证已上传");
        await row.GetByTestId("deliver").ClickAsync();
        Assert.Equal("待验收", (await supplier.Locator("[data-testid=work-order]", new() { HasText = "(2026)粤0304民初1号" }).GetByTestId("work-order-status").TextContentAsync())?.Trim());
        await ShotAsync(supplier, "2-delivered");

        await futian.GotoAsync(contractUrl);
        await futian.Locator("[data-testid=work-order]", new() { HasText = "(2026)粤0304民初1号" }).GetByTestId("verify").ClickAsync();
        Assert.Equal("已验收", (await futian.Locator("[data-testid=work-order]", new() { HasText = "(2026)粤0304民初1号" }).GetByTestId("work-order-status").TextContentAsync())?.Trim());
        await ShotAsync(futian, "3-verified");

        // The portal's copy of the public page was dropped with the release the verification published. (A
        // visitor's own browser may keep its copy for the minute of Cache-Control: another visitor looks.)
        anyone = await portal.NewPersonAsync();
        await anyone.GotoAsync(summaryUrl);
        Assert.NotEqual(before, await anyone.GetByTestId("verified-amount").TextContentAsync());
        Assert.DoesNotContain("民初", await anyone.ContentAsync(), StringComparison.Ordinal);
        await ShotAsync(anyone, "4-public");
    }
}
