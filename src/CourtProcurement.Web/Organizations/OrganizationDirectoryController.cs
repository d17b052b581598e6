using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Organizations;
using CourtProcurement.Domain.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.Organizations;

/// <summary>The shared record: every court's staff can open any verified organization's profile.</summary>
[Authorize(Policy = Policies.ViewOrganizationRecords)]
public sealed class OrganizationDirectoryController(OrganizationQueries organizations, QualificationDocuments documents) : Controller
{
    [HttpGet("Organizations")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await organizations.VerifiedAsync(cancellationToken));

    [HttpGet("Organizations/{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        // Only verified organizations are shared; members are the organization's own business.
        var detail = await organizations.DetailAsync(id, includeMembers: false, cancellationToken);
        return detail is { Organization.Status: OrganizationStatus.Verified or OrganizationStatus.Suspended }
            ? View(new OrganizationPage(detail, await documents.ListAsync(id, cancellationToken)))
            : NotFound();
    }
}
