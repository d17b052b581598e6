using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Courts;
using CourtProcurement.Application.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.Platform;

public sealed record PlatformHome(IReadOnlyList<CourtRow> Courts, IReadOnlyList<OrganizationRow> Organizations);

/// <summary>The platform administrator's home: the court hierarchy and the organizations on the platform.</summary>
[Authorize(Policy = Policies.ManagePlatform)]
public sealed class PlatformController(CourtQueries courts, OrganizationQueries organizations) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
        => View(new PlatformHome(await courts.HierarchyAsync(cancellationToken), await organizations.AllAsync(cancellationToken)));
}
