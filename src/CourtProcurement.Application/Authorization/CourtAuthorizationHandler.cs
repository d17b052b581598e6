using System.Security.Claims;
using CourtProcurement.Application.Identity;
using CourtProcurement.Domain.Courts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CourtProcurement.Application.Authorization;

/// <summary>What can be done with a loaded <see cref="Court"/>.</summary>
public static class CourtOperations
{
    /// <summary>See the court's own page: its people, procurement and contracts.</summary>
    public static readonly OperationAuthorizationRequirement ViewInternals = new() { Name = nameof(ViewInternals) };

    /// <summary>Invite, deactivate and change the court's people.</summary>
    public static readonly OperationAuthorizationRequirement ManagePeople = new() { Name = nameof(ManagePeople) };
}

/// <summary>
/// A court's internals belong to its own staff; platform administrators may manage any court's people
/// (they create each court's first administrator).
/// </summary>
public sealed class CourtAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, Court>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Court resource)
    {
        var user = context.User;
        var ownCourt = user.TenantId(AppClaimTypes.CourtId) == resource.Id;
        var allowed = requirement.Name switch
        {
            nameof(CourtOperations.ViewInternals) => ownCourt && (user.IsInRole(AppRoles.CourtAdmin) || user.IsInRole(AppRoles.Judge)),
            nameof(CourtOperations.ManagePeople) => (ownCourt && user.IsInRole(AppRoles.CourtAdmin)) || user.IsInRole(AppRoles.PlatformAdmin),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class TenantClaims
{
    /// <summary>The court or organization id the cookie carries, if any.</summary>
    public static Guid? TenantId(this ClaimsPrincipal user, string claimType)
        => Guid.TryParse(user.FindFirstValue(claimType), out var id) ? id : null;
}
