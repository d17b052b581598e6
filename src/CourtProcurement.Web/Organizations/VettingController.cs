using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Organizations;
using CourtProcurement.Domain.Common;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Organizations;

public sealed record VettingPage(OrganizationDetail Detail, IReadOnlyList<DocumentRow> Documents, ReturnInput Return);

/// <summary>Platform administrators vet organizations: verify, or return for correction with reasons.</summary>
[Authorize(Policy = Policies.ManagePlatform)]
public sealed class VettingController(
    OrganizationQueries organizations, OrganizationRegistration registration, QualificationDocuments documents, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await organizations.ForVettingAsync(cancellationToken));

    [HttpGet("Vetting/{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
        => await PageAsync(id, new ReturnInput(), cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("Vetting/{id:guid}/Verify")]
    public async Task<IActionResult> Verify(Guid id, Guid version, CancellationToken cancellationToken)
    {
        try
        {
            await registration.VerifyAsync(id, version, cancellationToken);
            this.Flash(localizer["Vetting.VerifiedDone"]);
        }
        catch (DomainException refusal)
        {
            this.Flash(localizer[refusal.ResourceKey], FlashKind.Danger);
        }

        return RedirectToAction(nameof(Detail), new { id });
    }

    [HttpPost("Vetting/{id:guid}/Return")]
    public async Task<IActionResult> Return(Guid id, Guid version, [Bind(Prefix = "Return")] ReturnInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await registration.ReturnForCorrectionAsync(id, input.Reason, version, cancellationToken);
                this.Flash(localizer["Vetting.ReturnedDone"]);
                return RedirectToAction(nameof(Detail), new { id });
            }
            catch (DomainException refusal)
            {
                ModelState.AddDomainError(refusal, localizer);
            }
        }

        return await PageAsync(id, input, cancellationToken) is { } page ? View(nameof(Detail), page) : NotFound();
    }

    private async Task<VettingPage?> PageAsync(Guid id, ReturnInput input, CancellationToken cancellationToken)
        => await organizations.DetailAsync(id, includeMembers: true, cancellationToken) is { } detail
            ? new VettingPage(detail, await documents.ListAsync(id, cancellationToken), input)
            : null;
}
