using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CourtProcurement.Application.Identity;

/// <summary>Puts the user's court or organization into the cookie, where <c>ICurrentUser</c> reads it.</summary>
public sealed class AppUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, user.DisplayName));
        if (user.CourtId is { } courtId)
        {
            identity.AddClaim(new Claim(AppClaimTypes.CourtId, courtId.ToString("D", CultureInfo.InvariantCulture)));
        }

        if (user.OrganizationId is { } organizationId)
        {
            identity.AddClaim(new Claim(AppClaimTypes.OrganizationId, organizationId.ToString("D", CultureInfo.InvariantCulture)));
            if (user.IsOrganizationAdmin)
            {
                identity.AddClaim(new Claim(AppClaimTypes.OrganizationAdmin, "true"));
            }
        }

        return identity;
    }
}
