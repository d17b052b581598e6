using System.Net;
using CourtProcurement.Web.Tests.Infrastructure;

namespace CourtProcurement.Web.Tests.Security;

/// <summary>The portal with a tight limit, as a guesser would meet it.</summary>
public sealed class TightLimitPortalFactory : PortalFactory
{
    protected override int SignInAttemptsPerMinute => 3;
}

public sealed class RateLimitTests(TightLimitPortalFactory portal) : IClassFixture<TightLimitPortalFactory>
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_are_refused_with_a_friendly_page()
    {
        using var browser = portal.NewSession();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync("nobody-" + attempt, "Wrong#Password1")).Status);
        }

        var refused = await browser.SignInAsync("nobody-4", "Wrong#Password1");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("请求过于频繁", refused.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Account/Login")).Status);
    }
}
