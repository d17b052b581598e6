using System.ComponentModel.DataAnnotations;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Procurement;
using BiddingService = CourtProcurement.Application.Procurement.Bidding;
using CourtProcurement.Domain.Common;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Bidding;

public sealed class QuestionInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(2000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Clarification.Question")]
    public string Question { get; set; } = string.Empty;
}

public sealed record TenderListPage(IReadOnlyList<NeedRow> Needs, bool All);

public sealed record TenderPage(NeedPage Notice, Eligibility Eligibility, OwnBid? Bid, QuestionInput Ask);

/// <summary>Organizations read published notices, ask questions and find their way to bidding.</summary>
[Authorize(Policy = Policies.ActForOrganization)]
[Route("Tenders")]
public sealed class TendersController(ProcurementQueries queries, BiddingService bidding, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool all, CancellationToken cancellationToken)
        => View(new TenderListPage(await queries.NoticesAsync(openOnly: !all, cancellationToken), all));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, new QuestionInput(), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("{id:guid}/Documents/{documentId:guid}")]
    public async Task<IActionResult> NeedDocument(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var file = await queries.NeedDocumentAsync(id, documentId, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpPost("{id:guid}/Ask")]
    public async Task<IActionResult> Ask(Guid id, [Bind(Prefix = "Ask")] QuestionInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await bidding.AskAsync(id, input.Question, cancellationToken);
                this.Flash(localizer["Clarification.AskedFlash"]);
                return RedirectToAction(nameof(Detail), new { id });
            }
            catch (DomainException refusal) when (refusal.ResourceKey == "Common.NotFound")
            {
                return NotFound();
            }
            catch (DomainException refusal)
            {
                ModelState.AddDomainError(refusal, localizer, new Dictionary<string, string> { [refusal.ResourceKey] = "Ask.Question" });
            }
        }

        var page = await PageAsync(id, input, cancellationToken);
        return page is null ? NotFound() : View(nameof(Detail), page);
    }

    private async Task<TenderPage?> PageAsync(Guid id, QuestionInput ask, CancellationToken cancellationToken)
    {
        var notice = await queries.NoticeAsync(id, cancellationToken);
        return notice is null ? null : new TenderPage(notice, await bidding.EligibilityAsync(id, cancellationToken), await bidding.OwnBidAsync(id, cancellationToken), ask);
    }
}
