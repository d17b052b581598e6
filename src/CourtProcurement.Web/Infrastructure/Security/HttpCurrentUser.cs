using System.Security.Claims;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Tenancy;

namespace CourtProcurement.Web.Infrastructure.Security;

/// <summary>
/// The signed-in user of the current request, read from the cookie's claims. Outside a request (start-up,
/// scheduled jobs) the application acts as <see cref="SystemActor"/>.
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    private bool InRequest => accessor.HttpContext is not null;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => InRequest ? Principal?.Identity?.Name : SystemActor.Instance.UserName;

    public Guid? CourtId => Principal?.TenantId(AppClaimTypes.CourtId);

    public Guid? OrganizationId => Principal?.TenantId(AppClaimTypes.OrganizationId);

    public bool IsPlatformAdmin => Principal?.IsInRole(AppRoles.PlatformAdmin) == true;

    public bool IsSystem => !InRequest;
}
