using System.Security.Claims;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Tenancy;

namespace CourtProcurement.Web.Infrastructure.Security;

/// <summary>
/// The signed-in user of the current request, read from the cookie's claims. Without a request it is
/// nobody and sees no tenant's rows: start-up and scheduled jobs say so explicitly with
/// <see cref="ActAsSystem"/> (fail closed, not open).
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private bool _system;

    private ClaimsPrincipal? Principal => _system ? null : accessor.HttpContext?.User;

    /// <summary>Makes this scope act as the application itself (seeding, jobs, the command line).</summary>
    public void ActAsSystem() => _system = true;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => _system ? SystemActor.Instance.UserName : Principal?.Identity?.Name;

    public Guid? CourtId => Principal?.TenantId(AppClaimTypes.CourtId);

    public Guid? OrganizationId => Principal?.TenantId(AppClaimTypes.OrganizationId);

    public bool IsPlatformAdmin => Principal?.IsInRole(AppRoles.PlatformAdmin) == true;

    public bool IsSystem => _system;
}
