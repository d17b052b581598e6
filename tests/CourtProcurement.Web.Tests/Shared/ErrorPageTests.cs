using System.Net;
using CourtProcurement.Web.Tests.Infrastructure;

namespace CourtProcurement.Web.Tests.Shared;

public sealed class ErrorPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_missing_page_gets_a_friendly_404_with_a_request_id()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(CourtProcurement.Application.Seeding.DemoUsers.LonghuaJudge);
        var page = await browser.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("页面不存在", page.Text, StringComparison.Ordinal);
        Assert.NotEmpty(page.Document.QuerySelector("[data-testid=request-id]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Someone_not_signed_in_is_asked_to_sign_in_rather_than_told_what_exists()
    {
        using var browser = portal.NewSession();
        Assert.Equal("/Account/Login", (await browser.GetAsync("/no/such/page")).Url.AbsolutePath);
    }

    [Fact]
    public async Task A_server_error_gets_a_friendly_500_with_a_request_id_and_no_stack_trace()
    {
        using var browser = portal.NewSession();
        var page = await browser.GetAsync("/test/fail");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Contains("系统出错了", page.Text, StringComparison.Ordinal);
        Assert.NotEmpty(page.Document.QuerySelector("[data-testid=request-id]")!.TextContent.Trim());
        Assert.DoesNotContain("secret stack trace", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Liveness_and_readiness_answer()
    {
        using var browser = portal.NewSession();
        using var live = await browser.Client.GetAsync("/healthz");
        using var ready = await browser.Client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}
