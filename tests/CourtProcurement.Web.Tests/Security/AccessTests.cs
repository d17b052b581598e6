using AngleSharp.Dom;
using System.Net;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CourtProcurement.Web.Tests.Security;

/// <summary>Each of these must fail if its guard is removed.</summary>
public sealed class AccessTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<Guid> CourtIdAsync(string code)
        => portal.WithDatabaseAsync(db => db.Courts.Where(c => c.ShortCode == code).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = portal.NewSession();
        await browser.GetAsync("/Account/Login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserNameOrEmail"] = DemoUsers.PlatformAdmin,
            ["Password"] = PortalFactory.DemoPassword,
        });

        using var response = await browser.Client.PostAsync("/Account/Login", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("请求无效", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        using var browser = portal.NewSession();
        using var response = await browser.Client.GetAsync("/Account/Login");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task A_signed_in_post_without_the_token_changes_nothing()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.PlatformAdmin);
        using var empty = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var response = await browser.Client.PostAsync("/Account/Logout", empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("/Platform", (await browser.GetAsync("/Platform")).Url.AbsolutePath);
    }

    [Theory]
    [InlineData("/Platform")]
    [InlineData("/AuditTrail")]
    public async Task A_judge_cannot_reach_a_platform_page(string url)
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.LonghuaJudge);

        var page = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal("/Account/AccessDenied", page.Url.AbsolutePath);
        Assert.Contains("无权访问", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in()
    {
        using var browser = portal.NewSession();
        var page = await browser.GetAsync("/Court");
        Assert.Equal("/Account/Login", page.Url.AbsolutePath);
        Assert.Contains("ReturnUrl=%2FCourt", page.Url.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_court_administrator_sees_their_own_courts_people()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.LonghuaAdmin);

        var page = await browser.GetAsync($"/Court/{await CourtIdAsync("粤0309")}/People");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(DemoUsers.LonghuaJudge2, page.Document.QuerySelector("[data-testid=court-people]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_courts_administrator_is_refused_that_courts_people()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.FutianAdmin);

        var page = await browser.GetAsync($"/Court/{await CourtIdAsync("粤0309")}/People");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.DoesNotContain(DemoUsers.LonghuaJudge, page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organization_member_cannot_reach_court_pages()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.Org1Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/Court")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/Court/{await CourtIdAsync("粤0309")}/People")).Status);
    }

    [Fact]
    public void Outside_development_every_cookie_is_secure_whatever_the_request()
    {
        // Checked on the options themselves: over https a "same as request" policy would look the same.
        var services = portal.Services;
        Assert.Equal(CookieSecurePolicy.Always, services.GetRequiredService<IOptions<CookiePolicyOptions>>().Value.Secure);
        Assert.Equal(CookieSecurePolicy.Always, services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).Cookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.SecurePolicy);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_secure_and_same_site_lax()
    {
        using var browser = portal.NewSession();
        var login = await browser.GetAsync("/Account/Login");
        var token = login.Form("form[data-testid=login-form]").QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserNameOrEmail"] = DemoUsers.Org2Admin,
            ["Password"] = PortalFactory.DemoPassword,
            ["__RequestVerificationToken"] = token,
        });

        using var response = await browser.Client.PostAsync("/Account/Login", form);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("CourtProcurement.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
