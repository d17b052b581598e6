using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.Organizations;

/// <summary>An organization member's home: their own organization's record and status.</summary>
[Authorize(Policy = Policies.ActForOrganization)]
public sealed class OrganizationController(OrganizationQueries organizations) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var organization = await organizations.FindAsync(User.TenantId(AppClaimTypes.OrganizationId)!.Value, cancellationToken);
        return organization is null ? NotFound() : View(organization);
    }
}
