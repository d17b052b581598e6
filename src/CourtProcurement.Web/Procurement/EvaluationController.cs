using System.Globalization;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Procurement;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Procurement;

public sealed record PanelListPage(IReadOnlyList<NeedRow> Needs);

/// <summary>A panel member's view: bids only after the declaration; others' scores only once everyone has submitted.</summary>
public sealed record EvaluationPage(NeedPage Page, PanelMember Member, ScoreSheet? Own, IReadOnlyList<ScoreSheet> All, IReadOnlyDictionary<string, string> Scores)
{
    public bool SeesBids => Member.HasDeclared;
}

/// <summary>Judges and staff on a need's evaluation panel: declare, check qualifications, score.</summary>
[Authorize(Policy = Policies.ActForCourt)]
[Route("Evaluation")]
public sealed class EvaluationController(ProcurementQueries queries, Evaluation evaluation, BidDocuments documents, ICurrentUser currentUser, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(new PanelListPage(await queries.PanelNeedsAsync(cancellationToken)));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, null, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:guid}/Declare")]
    public Task<IActionResult> Declare(Guid id, CancellationToken cancellationToken)
        => ActAsync(id, () => evaluation.DeclareNoConflictAsync(id, cancellationToken), "Panel.DeclaredFlash", null, cancellationToken);

    [HttpPost("{id:guid}/Bids/{bidId:guid}/Qualification")]
    public Task<IActionResult> Qualification(Guid id, Guid bidId, bool passes, string? reason, CancellationToken cancellationToken)
        => ActAsync(id, () => evaluation.CheckQualificationAsync(id, bidId, passes, reason, cancellationToken), "Evaluation.QualificationSavedFlash", null, cancellationToken);

    /// <summary>Scores arrive as fields named <c>score_{bidId}_{criterion}</c>; a bad number stays on the form with its message.</summary>
    [HttpPost("{id:guid}/Scores")]
    public async Task<IActionResult> Scores(Guid id, bool submit, CancellationToken cancellationToken)
    {
        var typed = Request.Form.Where(f => f.Key.StartsWith("score_", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value.ToString());
        var criteria = (await queries.CourtNeedAsync(id, cancellationToken))?.Need.Criteria;
        var entries = new List<ScoreEntry>();
        foreach (var (key, value) in typed)
        {
            var parts = key.Split('_', 3);
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (parts.Length != 3 || !Guid.TryParse(parts[1], out var bidId) || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var criterion)
                || !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var score))
            {
                ModelState.AddModelError(key, localizer["Scores.NotANumber"]);
                continue;
            }

            entries.Add(new ScoreEntry(bidId, criterion, score));
            if (criteria is not null && criterion >= 0 && criterion < criteria.Count && (score < 0 || score > criteria[criterion].MaxScore || decimal.Round(score, 2) != score))
            {
                // The domain refuses it too; here the message goes beside the very field.
                ModelState.AddModelError(key, localizer["Scores.OutOfRange", criteria[criterion].Name, criteria[criterion].MaxScore]);
            }
        }

        if (ModelState.IsValid)
        {
            try
            {
                await evaluation.ScoreAsync(id, entries, submit, cancellationToken);
                this.Flash(localizer[submit ? "Scores.SubmittedFlash" : "Scores.SavedFlash"]);
                return RedirectToAction(nameof(Detail), new { id });
            }
            catch (DomainException refusal) when (refusal.ResourceKey != "Common.NotFound")
            {
                ModelState.AddDomainError(refusal, localizer);
            }
            catch (DomainException)
            {
                return NotFound();
            }
        }

        var page = await PageAsync(id, typed, cancellationToken);
        return page is null ? NotFound() : View(nameof(Detail), page);
    }

    [HttpGet("{id:guid}/Bids/{bidId:guid}/Documents/{documentId:guid}")]
    public async Task<IActionResult> Document(Guid id, Guid bidId, Guid documentId, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, null, cancellationToken);
        if (page is null || !page.SeesBids)
        {
            return NotFound();
        }

        var file = await documents.OpenAsync(id, bidId, documentId, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> change, string flash, IReadOnlyDictionary<string, string>? typed, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            this.Flash(localizer[flash]);
            return RedirectToAction(nameof(Detail), new { id });
        }
        catch (DomainException refusal) when (refusal.ResourceKey == "Common.NotFound")
        {
            return NotFound();
        }
        catch (DomainException refusal)
        {
            ModelState.AddDomainError(refusal, localizer);
        }

        var page = await PageAsync(id, typed, cancellationToken);
        return page is null ? NotFound() : View(nameof(Detail), page);
    }

    /// <summary>The page for a member of this need's panel; null (404) for anyone else.</summary>
    private async Task<EvaluationPage?> PageAsync(Guid id, IReadOnlyDictionary<string, string>? typed, CancellationToken cancellationToken)
    {
        var page = await queries.CourtNeedAsync(id, cancellationToken);
        var member = page?.Need.PanelMemberFor(currentUser.UserId);
        if (page is null || member is null)
        {
            return null;
        }

        var (own, all) = await queries.SheetsAsync(id, cancellationToken);
        var scores = typed ?? own?.Entries.ToDictionary(e => $"score_{e.BidId}_{e.Criterion}", e => e.Score.ToString("0.##", CultureInfo.InvariantCulture))
            ?? new Dictionary<string, string>();
        return new EvaluationPage(page, member, own, all, scores);
    }
}
