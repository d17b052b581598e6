using System.ComponentModel.DataAnnotations;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Procurement;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Platform;

public sealed class ComplaintDecisionInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Complaint.Decision")]
    public ComplaintStatus? Decision { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Complaint.DecisionReasons")]
    public string Reasons { get; set; } = string.Empty;
}

public sealed record ComplaintsPage(IReadOnlyList<ChallengeRow> Complaints, IReadOnlyDictionary<Guid, bool> Suspended);

/// <summary>Platform administrators decide complaints (投诉) and may suspend a procurement meanwhile.</summary>
[Authorize(Policy = Policies.ManagePlatform)]
[Route("Platform/Complaints")]
public sealed class ComplaintsController(ProcurementQueries queries, Challenges challenges, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(cancellationToken));

    [HttpPost("{challengeId:guid}/Decide")]
    public async Task<IActionResult> Decide(Guid challengeId, [Bind(Prefix = "Ruling")] ComplaintDecisionInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await challenges.DecideComplaintAsync(challengeId, input.Decision!.Value, input.Reasons, cancellationToken);
                this.Flash(localizer["Complaint.DecidedFlash"]);
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException refusal)
            {
                ModelState.AddDomainError(refusal, localizer);
            }
        }

        return View(nameof(Index), await PageAsync(cancellationToken));
    }

    [HttpPost("Needs/{needId:guid}/Suspension")]
    public async Task<IActionResult> Suspension(Guid needId, bool suspend, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            await challenges.SetSuspensionAsync(needId, suspend, reason, cancellationToken);
            this.Flash(localizer[suspend ? "Need.SuspendedFlash" : "Need.SuspensionLiftedFlash"]);
            return RedirectToAction(nameof(Index));
        }
        catch (DomainException refusal)
        {
            ModelState.AddDomainError(refusal, localizer);
        }

        return View(nameof(Index), await PageAsync(cancellationToken));
    }

    private async Task<ComplaintsPage> PageAsync(CancellationToken cancellationToken)
    {
        var complaints = await queries.ComplaintsAsync(cancellationToken);
        var suspended = await queries.SuspendedAsync([.. complaints.Select(c => c.NeedId).Distinct()], cancellationToken);
        return new ComplaintsPage(complaints, suspended);
    }
}
