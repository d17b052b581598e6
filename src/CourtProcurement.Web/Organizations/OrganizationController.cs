using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Catalogue;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Organizations;
using CourtProcurement.Domain.Common;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Organizations;

public sealed record OrganizationPage(OrganizationDetail Detail, IReadOnlyList<DocumentRow> Documents);

/// <summary>
/// An organization member's home: their own organization's record, status and members. Which organization
/// comes from the sign-in cookie only, so no id in a URL can reach another organization's page.
/// </summary>
[Authorize(Policy = Policies.ActForOrganization)]
public sealed class OrganizationController(
    OrganizationQueries organizations,
    OrganizationRegistration registration,
    QualificationDocuments documents,
    CatalogueQueries catalogue,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private Guid OwnOrganizationId => User.TenantId(AppClaimTypes.OrganizationId)!.Value;

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
        => await organizations.DetailAsync(OwnOrganizationId, includeMembers: true, cancellationToken) is { } detail
            ? View(new OrganizationPage(detail, await documents.ListAsync(OwnOrganizationId, cancellationToken)))
            : NotFound();

    [Authorize(Policy = Policies.ManageOrganization)]
    [HttpGet]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        if (await organizations.DetailAsync(OwnOrganizationId, includeMembers: false, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        var input = new ProfileEditInput { Version = detail.Organization.Version };
        input.CopyFrom(detail.Organization);
        return await FormAsync(input, cancellationToken);
    }

    [Authorize(Policy = Policies.ManageOrganization)]
    [HttpPost]
    public async Task<IActionResult> Edit(ProfileEditInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await registration.UpdateProfileAsync(OwnOrganizationId, input.ToProfile(), input.Version, cancellationToken);
                this.Flash(localizer["Organization.Saved"]);
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException refusal)
            {
                ModelState.AddDomainError(refusal, localizer, OrganizationForms.Fields);
            }
        }

        return await FormAsync(input, cancellationToken);
    }

    [Authorize(Policy = Policies.ManageOrganization)]
    [HttpPost]
    public async Task<IActionResult> Resubmit(CancellationToken cancellationToken)
    {
        try
        {
            await registration.ResubmitAsync(OwnOrganizationId, cancellationToken);
            this.Flash(localizer["Organization.ResubmittedDone"]);
        }
        catch (DomainException refusal)
        {
            this.Flash(localizer[refusal.ResourceKey], FlashKind.Danger);
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> FormAsync(ProfileEditInput input, CancellationToken cancellationToken)
    {
        ViewData[OrganizationForms.CategoriesKey] = await catalogue.CategoriesAsync(cancellationToken);
        return View("Edit", input);
    }
}
