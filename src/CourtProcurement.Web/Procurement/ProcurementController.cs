using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Catalogue;
using CourtProcurement.Application.Procurement;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Procurement;

public sealed record NeedListPage(IReadOnlyList<NeedRow> Needs, NeedStatus? Status);

public sealed record NeedFormPage(Guid? Id, NeedInput Input, IReadOnlyList<CatalogueItemRow> Items, IReadOnlyList<(Guid Id, string Name)> Organizations);

public sealed record NeedDetailPage(NeedPage Page, string Tab, IReadOnlyList<PersonOption> People, IReadOnlyList<AuditEntryRow> History)
{
    /// <summary>Whether the method allows rounds of final offers (negotiation, consultation).</summary>
    public bool AllowsFinalOffer { get; init; }

    /// <summary>The contract drawn from this need's award, once there is one.</summary>
    public Application.Contracts.ContractRow? Contract { get; init; }

    public ReasonInput Cancel { get; init; } = new();

    public AmendInput Amend { get; init; } = new();

    public AwardInput Award { get; init; } = new();

    public ChallengeAnswerInput ChallengeAnswer { get; init; } = new();

    public AnswerInput Answer { get; init; } = new();
}

/// <summary>A court administrator's procurement: needs from draft to award, with the opening, the panel and the challenges.</summary>
[Authorize(Policy = Policies.ManageCourtProcurement)]
[Route("Procurement")]
public sealed class ProcurementController(
    ServiceNeeds needs, ProcurementQueries queries, CatalogueQueries catalogue, BidOpening opening, Evaluation evaluation, Challenges challenges,
    BidDocuments documents, ProcurementRules rules, Application.Contracts.ContractQueries contracts, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(NeedStatus? status, CancellationToken cancellationToken)
        => View(new NeedListPage(await queries.CourtNeedsAsync(status, cancellationToken), status));

    [HttpGet("New")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
        => View("Edit", await FormAsync(null, new NeedInput().Padded(), cancellationToken));

    [HttpPost("New")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] NeedInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(async () => (Guid?)await needs.DraftAsync(input.CatalogueItemId!.Value, input.ToTerms(), cancellationToken), NeedInput.Fields) is { } id)
        {
            this.Flash(localizer["Need.Drafted"]);
            return RedirectToAction(nameof(Detail), new { id });
        }

        return View("Edit", await FormAsync(null, input.Padded(), cancellationToken));
    }

    [HttpGet("{id:guid}/Edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var page = await queries.CourtNeedAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        return page.Need.Status == NeedStatus.Draft ? View(await FormAsync(id, NeedInput.From(page.Need), cancellationToken)) : RedirectToAction(nameof(Detail), new { id });
    }

    [HttpPost("{id:guid}/Edit")]
    public async Task<IActionResult> Update(Guid id, [Bind(Prefix = "Input")] NeedInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(async () => { await needs.EditAsync(id, input.CatalogueItemId!.Value, input.ToTerms(), cancellationToken); return true; }, NeedInput.Fields))
        {
            this.Flash(localizer["Need.Saved"]);
            return RedirectToAction(nameof(Detail), new { id });
        }

        return ModelState.ContainsKey("NotFound") ? NotFound() : View("Edit", await FormAsync(id, input.Padded(), cancellationToken));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, string? tab, CancellationToken cancellationToken)
    {
        var page = await DetailAsync(id, tab, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:guid}/Publish")]
    public Task<IActionResult> Publish(Guid id, CancellationToken cancellationToken)
        => ActAsync(id, "overview", () => needs.PublishAsync(id, cancellationToken), "Need.PublishedFlash", "Publish", null, cancellationToken);

    [HttpPost("{id:guid}/Cancel")]
    public Task<IActionResult> Cancel(Guid id, [Bind(Prefix = "Cancel")] ReasonInput input, CancellationToken cancellationToken)
        => ActAsync(id, "overview", () => needs.CancelAsync(id, input.Reason, cancellationToken), "Need.CancelledFlash", "Cancel.Reason",
            page => page with { Cancel = input }, cancellationToken);

    [HttpPost("{id:guid}/Republish")]
    public async Task<IActionResult> Republish(Guid id, CancellationToken cancellationToken)
    {
        var successor = await TryAsync(async () => (Guid?)await needs.RepublishAsync(id, cancellationToken), null);
        if (successor is { } newId)
        {
            this.Flash(localizer["Need.RepublishedFlash"]);
            return RedirectToAction(nameof(Edit), new { id = newId });
        }

        return await RedisplayAsync(id, "overview", cancellationToken);
    }

    [HttpPost("{id:guid}/Amend")]
    public Task<IActionResult> Amend(Guid id, [Bind(Prefix = "Amend")] AmendInput input, CancellationToken cancellationToken)
        => ActAsync(id, "overview", () => needs.AmendAsync(id, input.Summary, input.NewDescription, input.NewDeadline is { } d ? ChinaTime.FromLocal(d) : null, cancellationToken),
            "Need.AmendedFlash", "Amend.Summary", page => page with { Amend = input }, cancellationToken);

    [HttpPost("{id:guid}/Clarifications/{clarificationId:guid}/Answer")]
    public Task<IActionResult> Answer(Guid id, Guid clarificationId, [Bind(Prefix = "Answer")] AnswerInput input, CancellationToken cancellationToken)
        => ActAsync(id, "clarifications", () => needs.AnswerAsync(id, clarificationId, input.Text, cancellationToken), "Clarification.AnsweredFlash",
            $"Answer.{clarificationId}", page => page with { Answer = input }, cancellationToken);

    [HttpPost("{id:guid}/Open")]
    public async Task<IActionResult> Open(Guid id, CancellationToken cancellationToken)
    {
        var opened = await TryAsync(async () => (bool?)await opening.ConfirmAsync(id, cancellationToken), null, "Open");
        if (opened is { } done)
        {
            this.Flash(localizer[done ? "Opening.OpenedFlash" : "Opening.WaitingForSecondFlash"]);
            return RedirectToAction(nameof(Detail), new { id, tab = "bids" });
        }

        return await RedisplayAsync(id, "bids", cancellationToken);
    }

    [HttpPost("{id:guid}/Panel")]
    public Task<IActionResult> Panel(Guid id, [Bind(Prefix = "Panel")] PanelInput input, CancellationToken cancellationToken)
        => ActAsync(id, "evaluation", () => evaluation.AppointPanelAsync(id, input.UserIds, cancellationToken), "Panel.AppointedFlash", "Panel.UserIds", null, cancellationToken);

    [HttpPost("{id:guid}/FinalOffers")]
    public Task<IActionResult> RequestFinalOffers(Guid id, DateTime? finalOfferDeadline, CancellationToken cancellationToken)
        => ActAsync(id, "evaluation", () => evaluation.RequestFinalOffersAsync(id, finalOfferDeadline is { } d ? ChinaTime.FromLocal(d) : DateTimeOffset.MinValue, cancellationToken),
            "FinalOffer.RequestedFlash", "FinalOffer", null, cancellationToken);

    [HttpPost("{id:guid}/FinalOffers/Close")]
    public Task<IActionResult> CloseFinalOffers(Guid id, CancellationToken cancellationToken)
        => ActAsync(id, "evaluation", () => evaluation.CloseFinalOfferRoundAsync(id, cancellationToken), "FinalOffer.OpenedFlash", "FinalOffer", null, cancellationToken);

    [HttpPost("{id:guid}/Complete")]
    public Task<IActionResult> Complete(Guid id, CancellationToken cancellationToken)
        => ActAsync(id, "evaluation", () => evaluation.CompleteAsync(id, cancellationToken), "Evaluation.CompletedFlash", "Complete", null, cancellationToken);

    [HttpPost("{id:guid}/Award")]
    public Task<IActionResult> Award(Guid id, [Bind(Prefix = "Award")] AwardInput input, CancellationToken cancellationToken)
        => ActAsync(id, "award", () => evaluation.AwardAsync(id, input.BidId ?? Guid.Empty, input.Reason, cancellationToken), "Award.PublishedFlash",
            "Award.Reason", page => page with { Award = input }, cancellationToken);

    [HttpPost("{id:guid}/Challenges/{challengeId:guid}/Answer")]
    public Task<IActionResult> AnswerChallenge(Guid id, Guid challengeId, [Bind(Prefix = "ChallengeAnswer")] ChallengeAnswerInput input, CancellationToken cancellationToken)
        => ActAsync(id, "award", () => challenges.AnswerAsync(challengeId, input.Upheld == true, input.Upheld == true ? input.Remedy : null, input.Answer, cancellationToken),
            "Challenge.AnsweredFlash", $"ChallengeAnswer.{challengeId}", page => page with { ChallengeAnswer = input }, cancellationToken);

    [HttpPost("{id:guid}/Documents")]
    [RequestSizeLimit(ServiceNeeds.MaxDocumentBytes + (1024 * 1024))]
    public async Task<IActionResult> Upload(Guid id, IFormFile? document, CancellationToken cancellationToken)
    {
        if (document is null || document.Length == 0)
        {
            ModelState.AddModelError("Document", localizer["Document.FileRequired"]);
            return await RedisplayAsync(id, "overview", cancellationToken);
        }

        await using var content = document.OpenReadStream();
        return await ActAsync(id, "overview", () => needs.AttachDocumentAsync(id, document.FileName, content, cancellationToken), "Need.DocumentAttachedFlash", "Document", null, cancellationToken);
    }

    [HttpPost("{id:guid}/Documents/{documentId:guid}/Remove")]
    public Task<IActionResult> RemoveDocument(Guid id, Guid documentId, CancellationToken cancellationToken)
        => ActAsync(id, "overview", () => needs.RemoveDocumentAsync(id, documentId, cancellationToken), "Need.DocumentRemovedFlash", "Document", null, cancellationToken);

    [HttpGet("{id:guid}/Documents/{documentId:guid}")]
    public async Task<IActionResult> NeedDocument(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var file = await queries.NeedDocumentAsync(id, documentId, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("{id:guid}/Bids/{bidId:guid}/Documents/{documentId:guid}")]
    public async Task<IActionResult> Document(Guid id, Guid bidId, Guid documentId, CancellationToken cancellationToken)
    {
        var file = await documents.OpenAsync(id, bidId, documentId, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("{id:guid}/Challenges/{challengeId:guid}/Document")]
    public async Task<IActionResult> ChallengeDocument(Guid id, Guid challengeId, CancellationToken cancellationToken)
    {
        var page = await queries.CourtNeedAsync(id, cancellationToken);
        if (page is null || page.Challenges.All(c => c.Id != challengeId))
        {
            return NotFound();
        }

        var file = await challenges.DocumentAsync(challengeId, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Runs a change; a refusal is shown beside <paramref name="field"/> on the page the form came from.</summary>
    private async Task<IActionResult> ActAsync(Guid id, string tab, Func<Task> change, string flash, string field,
        Func<NeedDetailPage, NeedDetailPage>? keepInput, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(async () => { await change(); return true; }, null, field))
        {
            this.Flash(localizer[flash]);
            return RedirectToAction(nameof(Detail), new { id, tab });
        }

        if (ModelState.ContainsKey("NotFound"))
        {
            return NotFound();
        }

        return await RedisplayAsync(id, tab, cancellationToken, keepInput);
    }

    private async Task<IActionResult> RedisplayAsync(Guid id, string tab, CancellationToken cancellationToken, Func<NeedDetailPage, NeedDetailPage>? keepInput = null)
    {
        var page = await DetailAsync(id, tab, cancellationToken);
        return page is null ? NotFound() : View(nameof(Detail), keepInput is null ? page : keepInput(page));
    }

    private Task<T?> TryAsync<T>(Func<Task<T>> action, IReadOnlyDictionary<string, string>? fields, string field = "")
        => ModelState.TryAsync(localizer, action, fields, field);

    private async Task<NeedDetailPage?> DetailAsync(Guid id, string? tab, CancellationToken cancellationToken)
    {
        var page = await queries.CourtNeedAsync(id, cancellationToken);
        if (page is null)
        {
            return null;
        }

        return new NeedDetailPage(page, tab ?? "overview", await queries.CourtPeopleAsync(cancellationToken), await queries.HistoryAsync(page.Need, cancellationToken))
        {
            AllowsFinalOffer = rules.For(page.Need.Method).AllowsFinalOffer,
            Contract = page.Need.Status == NeedStatus.Awarded ? await contracts.ForNeedAsync(id, cancellationToken) : null,
        };
    }

    private async Task<NeedFormPage> FormAsync(Guid? id, NeedInput input, CancellationToken cancellationToken)
        => new(id, input, [.. (await catalogue.ItemsAsync(cancellationToken)).Where(i => !i.IsRetired)], await queries.VerifiedOrganizationsAsync(cancellationToken));
}
