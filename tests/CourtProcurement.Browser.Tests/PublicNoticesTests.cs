using Microsoft.Playwright;

namespace CourtProcurement.Browser.Tests;

/// <summary>Anyone searches the notices and reads an award notice, in Chinese and in English.</summary>
public sealed class PublicNoticesTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_visitor_finds_an_award_notice_in_chinese_and_reads_it_in_english()
    {
        var page = await portal.NewPersonAsync();
        await page.GotoAsync("/Notices");
        await page.Locator("select[name=status]").SelectOptionAsync("Awarded");
        await page.GetByPlaceholder("项目名称或编号").FillAsync("一标段");
        await page.GetByTestId("search").ClickAsync();
        Assert.Equal("共 1 条公告", (await page.GetByTestId("result-count").TextContentAsync())?.Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "public-notices-zh.png"), FullPage = true });

        await page.Locator("[data-testid=notices] tbody a").First.ClickAsync();
        Assert.Equal("中标（成交）公告", (await page.Locator("[data-testid=award-notice] h2").TextContentAsync())?.Trim());
        var winner = (await page.GetByTestId("winner").TextContentAsync())?.Trim();
        Assert.False(string.IsNullOrEmpty(winner));
        Assert.Equal(3, await page.GetByTestId("opened-bid").CountAsync());

        await page.Locator("a[lang=en]").ClickAsync();
        Assert.Equal("Award notice", (await page.Locator("[data-testid=award-notice] h2").TextContentAsync())?.Trim());
        Assert.Equal(winner, (await page.GetByTestId("winner").TextContentAsync())?.Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "public-award-en.png"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
