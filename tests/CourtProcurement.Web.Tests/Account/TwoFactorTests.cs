using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;

namespace CourtProcurement.Web.Tests.Account;

public sealed class TwoFactorTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static async Task<(string Key, string[] RecoveryCodes)> TurnOnAsync(PortalSession browser)
    {
        var setup = await browser.GetAsync("/Security/EnableAuthenticator");
        var key = setup.Document.QuerySelector("[data-testid=shared-key]")!.TextContent;

        var wrong = await browser.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = "12345" });
        Assert.Equal("验证码应为 6 位数字。", wrong.Document.QuerySelector("[data-valmsg-for=Code]")!.TextContent.Trim());

        var codes = await browser.SubmitAsync(wrong, new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("/Security/RecoveryCodes", codes.Url.AbsolutePath);
        var recovery = codes.Document.QuerySelectorAll("[data-testid=recovery-codes] .recovery-code").Select(e => e.TextContent.Trim()).ToArray();
        Assert.Equal(10, recovery.Length);
        return (key, recovery);
    }

    private static async Task SignOutAsync(PortalSession browser)
    {
        var any = await browser.GetAsync("/Security");
        await browser.SubmitAsync(any, new Dictionary<string, string>(), "form[action='/Account/Logout']");
    }

    [Fact]
    public async Task With_two_factor_on_signing_in_asks_for_the_authenticator_code()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.FutianJudge2);
        var (key, _) = await TurnOnAsync(browser);
        await SignOutAsync(browser);

        var challenge = await browser.SignInAsync(DemoUsers.FutianJudge2);
        Assert.Equal("/Account/LoginWith2fa", challenge.Url.AbsolutePath);

        var refused = await browser.SubmitAsync(challenge, new Dictionary<string, string> { ["Code"] = "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000" });
        Assert.Equal("验证码不正确或已过期。", refused.FieldError("Code"));

        var home = await browser.SubmitAsync(refused, new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("/Court", home.Url.AbsolutePath);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.LonghuaJudge2);
        var (_, recovery) = await TurnOnAsync(browser);
        await SignOutAsync(browser);

        var challenge = await browser.SignInAsync(DemoUsers.LonghuaJudge2);
        var recoveryPage = await browser.GetAsync("/Account/LoginWithRecoveryCode");
        var home = await browser.SubmitAsync(recoveryPage, new Dictionary<string, string> { ["RecoveryCode"] = recovery[0] });
        Assert.Equal("/Court", home.Url.AbsolutePath);
        Assert.Equal("/Account/LoginWith2fa", challenge.Url.AbsolutePath);

        await SignOutAsync(browser);
        await browser.SignInAsync(DemoUsers.LonghuaJudge2);
        var again = await browser.SubmitAsync(await browser.GetAsync("/Account/LoginWithRecoveryCode"), new Dictionary<string, string> { ["RecoveryCode"] = recovery[0] });
        Assert.Equal("恢复码不正确或已使用。", again.FieldError("RecoveryCode"));
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_the_password()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.LonghuaJudge);
        await TurnOnAsync(browser);

        var refused = await browser.SubmitAsync(await browser.GetAsync("/Security"), new Dictionary<string, string> { ["password"] = "Not#MyPassword1" }, "form[data-testid=disable-2fa]");
        Assert.Equal("请输入正确的当前密码后再停用两步验证。", refused.Document.QuerySelector("[data-testid=flash]")!.TextContent.Trim());
        Assert.Equal("两步验证已启用。", refused.Document.QuerySelector("[data-testid='2fa-status']")!.TextContent.Trim());

        var off = await browser.SubmitAsync(refused, new Dictionary<string, string> { ["password"] = PortalFactory.DemoPassword }, "form[data-testid=disable-2fa]");
        Assert.StartsWith("两步验证未启用。", off.Document.QuerySelector("[data-testid='2fa-status']")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
