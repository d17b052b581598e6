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

public sealed class BidInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Range(0.01, 1_000_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Bid.Price")]
    public decimal? Price { get; set; }

    [StringLength(8000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Bid.Proposal")]
    public string? Proposal { get; set; }
}

public sealed class ChallengeInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Challenge.Reasons")]
    public string Reasons { get; set; } = string.Empty;

    [Display(Name = "Challenge.Document")]
    public IFormFile? Document { get; set; }
}

public sealed class ComplaintInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Complaint.Reasons")]
    public string Reasons { get; set; } = string.Empty;
}

public sealed record OwnBidsPage(IReadOnlyList<OwnBidRow> Bids);

public sealed record BidPage(NeedPage Notice, OwnBid? Bid, Eligibility Eligibility, BidInput Input)
{
    public ChallengeInput Challenge { get; init; } = new();

    public ComplaintInput Complaint { get; init; } = new();
}

/// <summary>An organization's own bid on a need: offer, documents, submission, and afterwards its result, challenge and complaint.</summary>
[Authorize(Policy = Policies.ActForOrganization)]
[Route("Bids")]
public sealed class BidsController(ProcurementQueries queries, BiddingService bidding, BidDocuments documents, Challenges challenges, IStringLocalizer<SharedResource> localizer) : Controller
{
    private static readonly Dictionary<string, string> Fields = new()
    {
        ["Bid.PriceMalformed"] = "Input.Price",
        ["Bid.AboveCeiling"] = "Input.Price",
        ["Bid.AboveUnitCeiling"] = "Input.Price",
        ["Bid.DocumentRequired"] = "Document",
        ["Bid.DocumentTooLarge"] = "Document",
        ["Qualification.TypeNotAccepted"] = "Document",
        ["Bid.TooManyDocuments"] = "Document",
        ["Challenge.ReasonsRequired"] = "Challenge.Reasons",
        ["Complaint.ReasonsRequired"] = "Complaint.Reasons",
        ["FinalOffer.NotAbovePrevious"] = "FinalOffer",
        ["FinalOffer.NoRoundOpen"] = "FinalOffer",
        ["FinalOffer.DeadlinePassed"] = "FinalOffer",
    };

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(new OwnBidsPage(await queries.OwnBidsAsync(cancellationToken)));

    [HttpGet("{needId:guid}")]
    public async Task<IActionResult> Edit(Guid needId, CancellationToken cancellationToken)
    {
        var page = await PageAsync(needId, null, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    /// <summary>Saves the offer as a draft, or saves and submits it.</summary>
    [HttpPost("{needId:guid}")]
    public async Task<IActionResult> Save(Guid needId, [Bind(Prefix = "Input")] BidInput input, bool submit, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(async () =>
            {
                await bidding.SaveAsync(needId, new BidOffer(input.Price!.Value, input.Proposal), cancellationToken);
                if (submit)
                {
                    await bidding.SubmitAsync(needId, cancellationToken);
                }
            }))
        {
            this.Flash(localizer[submit ? "Bid.SubmittedFlash" : "Bid.SavedFlash"]);
            return RedirectToAction(nameof(Edit), new { needId });
        }

        return await RedisplayAsync(needId, page => page with { Input = input }, cancellationToken);
    }

    [HttpPost("{needId:guid}/Submit")]
    public Task<IActionResult> Submit(Guid needId, CancellationToken cancellationToken)
        => ActAsync(needId, () => bidding.SubmitAsync(needId, cancellationToken), "Bid.SubmittedFlash", cancellationToken);

    [HttpPost("{needId:guid}/Withdraw")]
    public Task<IActionResult> Withdraw(Guid needId, CancellationToken cancellationToken)
        => ActAsync(needId, () => bidding.WithdrawAsync(needId, cancellationToken), "Bid.WithdrawnFlash", cancellationToken);

    [HttpPost("{needId:guid}/Documents")]
    [RequestSizeLimit(BiddingService.MaxDocumentBytes + (1024 * 1024))]
    public async Task<IActionResult> Upload(Guid needId, IFormFile? document, CancellationToken cancellationToken)
    {
        if (document is null || document.Length == 0)
        {
            ModelState.AddModelError("Document", localizer["Document.FileRequired"]);
            return await RedisplayAsync(needId, null, cancellationToken);
        }

        await using var content = document.OpenReadStream();
        return await ActAsync(needId, () => bidding.AttachAsync(needId, document.FileName, content, cancellationToken), "Bid.DocumentAttachedFlash", cancellationToken);
    }

    [HttpPost("{needId:guid}/Documents/{documentId:guid}/Remove")]
    public Task<IActionResult> Remove(Guid needId, Guid documentId, CancellationToken cancellationToken)
        => ActAsync(needId, () => bidding.DetachAsync(needId, documentId, cancellationToken), "Bid.DocumentRemovedFlash", cancellationToken);

    [HttpGet("{needId:guid}/{bidId:guid}/Documents/{documentId:guid}")]
    public async Task<IActionResult> Document(Guid needId, Guid bidId, Guid documentId, CancellationToken cancellationToken)
    {
        var file = await documents.OpenAsync(needId, bidId, documentId, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpPost("{needId:guid}/FinalOffer")]
    public async Task<IActionResult> FinalOffer(Guid needId, decimal? finalPrice, CancellationToken cancellationToken)
    {
        if (finalPrice is null)
        {
            ModelState.AddModelError("FinalOffer", localizer["Bid.PriceMalformed"]);
            return await RedisplayAsync(needId, null, cancellationToken);
        }

        if (await TryAsync(() => bidding.SubmitFinalOfferAsync(needId, finalPrice.Value, cancellationToken)))
        {
            this.Flash(localizer["FinalOffer.SubmittedFlash"]);
            return RedirectToAction(nameof(Edit), new { needId });
        }

        return await RedisplayAsync(needId, null, cancellationToken, "FinalOffer");
    }

    [HttpPost("{needId:guid}/Challenge")]
    [RequestSizeLimit(Application.Procurement.Challenges.MaxDocumentBytes + (1024 * 1024))]
    public async Task<IActionResult> Challenge(Guid needId, [Bind(Prefix = "Challenge")] ChallengeInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            await using var content = input.Document?.OpenReadStream();
            if (await TryAsync(() => challenges.FileAsync(needId, input.Reasons, input.Document?.FileName, content, cancellationToken)))
            {
                this.Flash(localizer["Challenge.FiledFlash"]);
                return RedirectToAction(nameof(Edit), new { needId });
            }
        }

        return await RedisplayAsync(needId, page => page with { Challenge = input }, cancellationToken, "Challenge.Reasons");
    }

    [HttpPost("{needId:guid}/Challenges/{challengeId:guid}/Complaint")]
    public async Task<IActionResult> Complain(Guid needId, Guid challengeId, [Bind(Prefix = "Complaint")] ComplaintInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(() => challenges.ComplainAsync(challengeId, input.Reasons, cancellationToken)))
        {
            this.Flash(localizer["Complaint.LodgedFlash"]);
            return RedirectToAction(nameof(Edit), new { needId });
        }

        return await RedisplayAsync(needId, page => page with { Complaint = input }, cancellationToken, "Complaint.Reasons");
    }

    private async Task<IActionResult> ActAsync(Guid needId, Func<Task> change, string flash, CancellationToken cancellationToken)
    {
        if (await TryAsync(change))
        {
            this.Flash(localizer[flash]);
            return RedirectToAction(nameof(Edit), new { needId });
        }

        return await RedisplayAsync(needId, null, cancellationToken);
    }

    private async Task<bool> TryAsync(Func<Task> change)
    {
        try
        {
            await change();
            return true;
        }
        catch (DomainException refusal)
        {
            ModelState.AddDomainError(refusal, localizer, Fields);
            return false;
        }
    }

    private async Task<IActionResult> RedisplayAsync(Guid needId, Func<BidPage, BidPage>? keep, CancellationToken cancellationToken, string? unmappedField = null)
    {
        if (ModelState.TryGetValue(string.Empty, out var general) && general.Errors.Any(e => e.ErrorMessage == localizer["Common.NotFound"].Value))
        {
            return NotFound();
        }

        if (unmappedField is not null && ModelState.TryGetValue(string.Empty, out var loose))
        {
            foreach (var error in loose.Errors.ToList())
            {
                ModelState.AddModelError(unmappedField, error.ErrorMessage);
            }

            loose.Errors.Clear();
        }

        var page = await PageAsync(needId, null, cancellationToken);
        return page is null ? NotFound() : View(nameof(Edit), keep is null ? page : keep(page));
    }

    private async Task<BidPage?> PageAsync(Guid needId, BidInput? input, CancellationToken cancellationToken)
    {
        var notice = await queries.NoticeAsync(needId, cancellationToken);
        if (notice is null)
        {
            return null;
        }

        var bid = await bidding.OwnBidAsync(needId, cancellationToken);
        return new BidPage(notice, bid, await bidding.EligibilityAsync(needId, cancellationToken),
            input ?? new BidInput { Price = bid?.Price, Proposal = bid?.Proposal });
    }
}
