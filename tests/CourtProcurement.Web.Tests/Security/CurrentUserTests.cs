using System.Security.Claims;
using CourtProcurement.Application.Identity;
using CourtProcurement.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http;

namespace CourtProcurement.Web.Tests.Security;

public sealed class CurrentUserTests
{
    [Fact]
    public void Without_a_request_the_current_user_is_nobody_not_the_system()
    {
        var user = new HttpCurrentUser(new HttpContextAccessor());
        Assert.False(user.IsSystem);
        Assert.False(user.IsPlatformAdmin);
        Assert.Null(user.CourtId);

        user.ActAsSystem();
        Assert.True(user.IsSystem);
    }

    [Fact]
    public void A_request_reads_the_court_from_the_cookie_claims()
    {
        var courtId = Guid.NewGuid();
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "longhua-admin"), new Claim(AppClaimTypes.CourtId, courtId.ToString())], "cookie")),
        };
        var user = new HttpCurrentUser(new HttpContextAccessor { HttpContext = context });

        Assert.Equal((courtId, "longhua-admin", false), (user.CourtId!.Value, user.UserName!, user.IsSystem));
        Assert.Null(user.OrganizationId);
    }
}
