using AngleSharp.Dom;
using System.Net;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;

namespace CourtProcurement.Web.Tests.Account;

public sealed class SignInTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Credentials(string user, string password) => new()
    {
        ["UserNameOrEmail"] = user,
        ["Password"] = password,
    };

    [Fact]
    public async Task The_sign_in_page_speaks_simplified_chinese_by_default()
    {
        using var browser = portal.NewSession();
        var page = await browser.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("zh-Hans", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("用户名或电子邮箱", page.Html, StringComparison.Ordinal);
        Assert.StartsWith("登录", page.Document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_to_english_is_remembered_on_the_next_pages()
    {
        using var browser = portal.NewSession();
        var login = await browser.GetAsync("/Account/Login");

        var english = await browser.SubmitAsync(login, new Dictionary<string, string>(), "form[action^='/Culture/Set']", "culture", "en");
        Assert.Equal("/Account/Login", english.Url.AbsolutePath);
        Assert.Contains("User name or e-mail", english.Html, StringComparison.Ordinal);

        var later = await browser.GetAsync("/");
        Assert.Equal("en", later.Document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData(DemoUsers.PlatformAdmin, "/Platform")]
    [InlineData(DemoUsers.LonghuaAdmin, "/Court")]
    [InlineData(DemoUsers.LonghuaJudge, "/Court")]
    [InlineData(DemoUsers.LonghuaJudge2, "/Court")]
    [InlineData(DemoUsers.FutianAdmin, "/Court")]
    [InlineData(DemoUsers.FutianJudge, "/Court")]
    [InlineData(DemoUsers.FutianJudge2, "/Court")]
    [InlineData(DemoUsers.Org1Admin, "/Organization")]
    [InlineData(DemoUsers.Org2Admin, "/Organization")]
    [InlineData(DemoUsers.Org3Admin, "/Organization")]
    public async Task Each_demo_user_signs_in_and_lands_on_their_home_page(string user, string home)
    {
        using var browser = portal.NewSession();
        var page = await browser.SignInAsync(user);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(home, page.Url.AbsolutePath);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=home-heading]"));
        Assert.NotEmpty(page.Document.QuerySelector("[data-testid=signed-in-user]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_user_can_sign_in_with_their_email_address()
    {
        using var browser = portal.NewSession();
        var page = await browser.SignInAsync("futian-judge@szcourts.example");
        Assert.Equal("/Court", page.Url.AbsolutePath);
        Assert.Contains("深圳市福田区人民法院", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_the_typed_name_kept()
    {
        using var browser = portal.NewSession();
        var login = await browser.GetAsync("/Account/Login");
        var page = await browser.SubmitAsync(login, Credentials(DemoUsers.Org1Admin, "Wrong#Password1"), "form[data-testid=login-form]");

        Assert.Equal("/Account/Login", page.Url.AbsolutePath);
        Assert.Contains("用户名或密码不正确。", page.Text, StringComparison.Ordinal);
        Assert.Equal(DemoUsers.Org1Admin, page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#UserNameOrEmail")!.Value);
        Assert.Empty(page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Password")!.Value);
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        using var browser = portal.NewSession();
        var login = await browser.GetAsync("/Account/Login");
        var page = await browser.SubmitAsync(login, Credentials("nobody-here", "Wrong#Password1"), "form[data-testid=login-form]");
        Assert.Contains("用户名或密码不正确。", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_form_shows_each_error_beside_its_field()
    {
        using var browser = portal.NewSession();
        var login = await browser.GetAsync("/Account/Login");
        var page = await browser.SubmitAsync(login, Credentials(string.Empty, string.Empty), "form[data-testid=login-form]");

        Assert.Equal("请填写用户名或电子邮箱。", page.FieldError("UserNameOrEmail"));
        Assert.Equal("请填写密码。", page.FieldError("Password"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var browser = portal.NewSession();
        var home = await browser.SignInAsync(DemoUsers.LonghuaJudge);

        var afterSignOut = await browser.SubmitAsync(home, new Dictionary<string, string>(), "form[action='/Account/Logout']");
        Assert.Equal("/Account/Login", afterSignOut.Url.AbsolutePath);

        var court = await browser.GetAsync("/Court");
        Assert.Equal("/Account/Login", court.Url.AbsolutePath);
    }

    [Fact]
    public async Task A_return_url_outside_the_portal_is_not_followed()
    {
        using var browser = portal.NewSession();
        var login = await browser.GetAsync("/Account/Login?returnUrl=https%3A%2F%2Fevil.example%2F");
        var page = await browser.SubmitAsync(login, Credentials(DemoUsers.LonghuaAdmin, PortalFactory.DemoPassword), "form[data-testid=login-form]");
        Assert.Equal("localhost", page.Url.Host);
        Assert.Equal("/Court", page.Url.AbsolutePath);
    }
}
