using CourtProcurement.Application.Seeding;
using Microsoft.Playwright;

namespace CourtProcurement.Browser.Tests;

public sealed class SignInTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    private static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名或电子邮箱").FillAsync(user);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(BrowserFixture.DemoPassword);
        await page.Locator("form[data-testid=login-form] button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    [Theory]
    [InlineData(DemoUsers.PlatformAdmin, "/Platform", "平台管理")]
    [InlineData(DemoUsers.LonghuaAdmin, "/Court", "深圳市龙华区人民法院")]
    [InlineData(DemoUsers.LonghuaJudge, "/Court", "深圳市龙华区人民法院")]
    [InlineData(DemoUsers.FutianAdmin, "/Court", "深圳市福田区人民法院")]
    [InlineData(DemoUsers.FutianJudge, "/Court", "深圳市福田区人民法院")]
    [InlineData(DemoUsers.Org1Admin, "/Organization", "深圳市明理司法辅助服务中心")]
    [InlineData(DemoUsers.Org2Admin, "/Organization", "深圳市和衷调解促进会")]
    [InlineData(DemoUsers.Org3Admin, "/Organization", "广东速达法律文书送达服务有限公司")]
    public async Task Each_demo_role_signs_in_and_lands_on_its_home_page(string user, string home, string heading)
    {
        var page = await portal.NewPersonAsync();

        await SignInAsync(page, user);

        Assert.Equal(home, new Uri(page.Url).AbsolutePath);
        Assert.Equal(heading, (await page.GetByTestId("home-heading").TextContentAsync())?.Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{user}.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switch_turns_the_page_english_and_back()
    {
        var page = await portal.NewPersonAsync();
        await page.GotoAsync("/Account/Login");
        Assert.Equal("登录", (await page.Locator("h1").TextContentAsync())?.Trim());

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/Login");
        Assert.Equal("Sign in", (await page.Locator("h1").TextContentAsync())?.Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "login-en.png") });

        await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/Login");
        Assert.Equal("登录", (await page.Locator("h1").TextContentAsync())?.Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_the_message_on_the_page()
    {
        var page = await portal.NewPersonAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名或电子邮箱").FillAsync(DemoUsers.LonghuaJudge2);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("Wrong#Password1");
        await page.Locator("form[data-testid=login-form] button[type=submit]").ClickAsync();

        await Assertions.Expect(page.GetByText("用户名或密码不正确。")).ToBeVisibleAsync();
        Assert.Equal(DemoUsers.LonghuaJudge2, await page.GetByLabel("用户名或电子邮箱").InputValueAsync());
        await page.Context.CloseAsync();
    }
}
