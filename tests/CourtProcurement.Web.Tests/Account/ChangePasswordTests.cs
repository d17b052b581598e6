using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;

namespace CourtProcurement.Web.Tests.Account;

public sealed class ChangePasswordTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Input(string current, string next, string confirm) => new()
    {
        ["CurrentPassword"] = current,
        ["NewPassword"] = next,
        ["ConfirmPassword"] = confirm,
    };

    [Fact]
    public async Task Each_mistake_is_shown_beside_its_field()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.Org2Admin);
        var form = await browser.GetAsync("/Security/ChangePassword");

        var differ = await browser.SubmitAsync(form, Input(PortalFactory.DemoPassword, "New#Password2027", "New#Password2028"));
        Assert.Equal("两次输入的新密码不一致。", differ.FieldError("ConfirmPassword"));

        var wrongCurrent = await browser.SubmitAsync(differ, Input("Not#MyPassword1", "New#Password2027", "New#Password2027"));
        Assert.Equal("当前密码不正确。", wrongCurrent.FieldError("CurrentPassword"));

        var weak = await browser.SubmitAsync(wrongCurrent, Input(PortalFactory.DemoPassword, "short", "short"));
        Assert.Contains("密码至少需要 10 个字符。", weak.FieldError("NewPassword"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_password_is_the_one_that_signs_in_afterwards()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.FutianJudge);
        var form = await browser.GetAsync("/Security/ChangePassword");

        var done = await browser.SubmitAsync(form, Input(PortalFactory.DemoPassword, "Fresh#Password2027", "Fresh#Password2027"));
        Assert.Equal("/Security", done.Url.AbsolutePath);
        Assert.Equal("密码已修改。", done.Document.QuerySelector("[data-testid=flash]")!.TextContent.Trim());

        using var other = portal.NewSession();
        Assert.Equal("/Account/Login", (await other.SignInAsync(DemoUsers.FutianJudge)).Url.AbsolutePath);
        Assert.Equal("/Court", (await other.SignInAsync(DemoUsers.FutianJudge, "Fresh#Password2027")).Url.AbsolutePath);
    }
}
