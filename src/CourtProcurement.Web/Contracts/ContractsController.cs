using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Contracts;
using CourtProcurement.Domain.Common;
using CourtProcurement.Web.Infrastructure.Mvc;
using CourtProcurement.Web.Procurement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Contracts;

public sealed record ContractDraftPage(Guid NeedId, string NeedNumber, string NeedTitle, ContractInput Input);

public sealed record ContractDetailPage(ContractPage Page, IReadOnlyList<AuditEntryRow> History, IReadOnlyList<(Guid Id, string Name)> OtherCourts)
{
    public WorkOrderInput WorkOrder { get; init; } = new();

    public ReasonInput Closing { get; init; } = new();

    public MemberInput Member { get; init; } = new();
}

/// <summary>
/// A court's contracts: its administrators draw them from awards and suspend, resume, complete or terminate
/// them and share them as framework agreements; its judges and administrators call work off them for their
/// cases and check what is delivered (domain.md: judges raise work orders).
/// </summary>
[Authorize(Policy = Policies.ActForCourt)]
[Route("Contracts")]
public sealed class ContractsController(ContractManagement contracts, ContractQueries queries, WorkOrders workOrders,
    Application.Procurement.ProcurementQueries procurement, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.CourtContractsAsync(cancellationToken));

    [HttpGet("Draft/{needId:guid}")]
    [Authorize(Policy = Policies.ManageCourtProcurement)]
    public async Task<IActionResult> Draft(Guid needId, CancellationToken cancellationToken)
    {
        if (await queries.ForNeedAsync(needId, cancellationToken) is { } existing)
        {
            return RedirectToAction(nameof(Detail), new { id = existing.Id });
        }

        var terms = await TryAsync(() => contracts.ProposedTermsAsync(needId, cancellationToken), null);
        return ModelState.ContainsKey("NotFound") ? NotFound() : await DraftPageAsync(needId, terms is null ? new ContractInput() : ContractInput.From(terms), cancellationToken);
    }

    [HttpPost("Draft/{needId:guid}")]
    [Authorize(Policy = Policies.ManageCourtProcurement)]
    public async Task<IActionResult> Create(Guid needId, [Bind(Prefix = "Input")] ContractInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(async () => (Guid?)await contracts.DraftAsync(needId, input.ToTerms(), cancellationToken), ContractInput.Fields) is { } id)
        {
            this.Flash(localizer["Contract.DraftedFlash"]);
            return RedirectToAction(nameof(Detail), new { id });
        }

        return ModelState.ContainsKey("NotFound") ? NotFound() : await DraftPageAsync(needId, input, cancellationToken);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        var page = await DetailAsync(id, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:guid}/Suspend")]
    [Authorize(Policy = Policies.ManageCourtProcurement)]
    public Task<IActionResult> Suspend(Guid id, [Bind(Prefix = "Closing")] ReasonInput input, CancellationToken cancellationToken)
        => ActAsync(id, () => contracts.SuspendAsync(id, input.Reason, cancellationToken), "Contract.SuspendedFlash", "Closing.Reason", p => p with { Closing = input }, cancellationToken);

    [HttpPost("{id:guid}/Resume")]
    [Authorize(Policy = Policies.ManageCourtProcurement)]
    public Task<IActionResult> Resume(Guid id, CancellationToken cancellationToken)
        => ActAsync(id, () => contracts.ResumeAsync(id, cancellationToken), "Contract.ResumedFlash", string.Empty, null, cancellationToken);

    [HttpPost("{id:guid}/Complete")]
    [Authorize(Policy = Policies.ManageCourtProcurement)]
    public Task<IActionResult> Complete(Guid id, CancellationToken cancellationToken)
        => ActAsync(id, () => contracts.CompleteAsync(id, cancellationToken), "Contract.CompletedFlash", string.Empty, null, cancellationToken);

    [HttpPost("{id:guid}/Terminate")]
    [Authorize(Policy = Policies.ManageCourtProcurement)]
    public Task<IActionResult> Terminate(Guid id, [Bind(Prefix = "Closing")] ReasonInput input, CancellationToken cancellationToken)
        => ActAsync(id, () => contracts.TerminateAsync(id, input.Reason, cancellationToken), "Contract.TerminatedFlash", "Closing.Reason", p => p with { Closing = input }, cancellationToken);

    [HttpPost("{id:guid}/Text")]
    [Authorize(Policy = Policies.ManageCourtProcurement)]
    [RequestSizeLimit(ContractManagement.MaxTextBytes + (1024 * 1024))]
    public async Task<IActionResult> AttachText(Guid id, IFormFile? text, CancellationToken cancellationToken)
    {
        if (text is null || text.Length == 0)
        {
            ModelState.AddModelError("Text", localizer["Document.FileRequired"]);
            return await RedisplayAsync(id, null, cancellationToken);
        }

        await using var content = text.OpenReadStream();
        return await ActAsync(id, () => contracts.AttachTextAsync(id, text.FileName, content, cancellationToken), "Contract.TextAttachedFlash", "Text", null, cancellationToken);
    }

    [HttpGet("{id:guid}/Text")]
    public async Task<IActionResult> Text(Guid id, CancellationToken cancellationToken)
    {
        var file = await queries.TextAsync(id, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpPost("{id:guid}/Members")]
    [Authorize(Policy = Policies.ManageCourtProcurement)]
    public Task<IActionResult> AddMember(Guid id, [Bind(Prefix = "Member")] MemberInput input, CancellationToken cancellationToken)
        => ActAsync(id, () => contracts.AddMemberAsync(id, input.CourtId!.Value, cancellationToken), "Contract.MemberAddedFlash", "Member.CourtId", p => p with { Member = input }, cancellationToken);

    [HttpPost("{id:guid}/WorkOrders")]
    public async Task<IActionResult> Issue(Guid id, [Bind(Prefix = "WorkOrder")] WorkOrderInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(async () => (Guid?)await workOrders.IssueAsync(id, input.ToRequest(), cancellationToken), WorkOrderInput.Fields) is not null)
        {
            this.Flash(localizer["WorkOrder.IssuedFlash"]);
            return RedirectToAction(nameof(Detail), new { id });
        }

        return await RedisplayAsync(id, p => p with { WorkOrder = input }, cancellationToken);
    }

    [HttpPost("{id:guid}/WorkOrders/{workOrderId:guid}/Verify")]
    public Task<IActionResult> Verify(Guid id, Guid workOrderId, CancellationToken cancellationToken)
        => ActAsync(id, () => workOrders.VerifyAsync(workOrderId, cancellationToken), "WorkOrder.VerifiedFlash", $"WorkOrderReason.{workOrderId}", null, cancellationToken);

    [HttpPost("{id:guid}/WorkOrders/{workOrderId:guid}/Reject")]
    public Task<IActionResult> Reject(Guid id, Guid workOrderId, string? reason, CancellationToken cancellationToken)
        => ActAsync(id, () => workOrders.RejectAsync(workOrderId, reason ?? string.Empty, cancellationToken), "WorkOrder.RejectedFlash", $"WorkOrderReason.{workOrderId}", null, cancellationToken);

    [HttpPost("{id:guid}/WorkOrders/{workOrderId:guid}/Cancel")]
    public Task<IActionResult> Cancel(Guid id, Guid workOrderId, string? reason, CancellationToken cancellationToken)
        => ActAsync(id, () => workOrders.CancelAsync(workOrderId, reason ?? string.Empty, cancellationToken), "WorkOrder.CancelledFlash", $"WorkOrderReason.{workOrderId}", null, cancellationToken);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> change, string flash, string field, Func<ContractDetailPage, ContractDetailPage>? keepInput, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(async () => { await change(); return true; }, null, field))
        {
            this.Flash(localizer[flash]);
            return RedirectToAction(nameof(Detail), new { id });
        }

        return await RedisplayAsync(id, keepInput, cancellationToken);
    }

    private async Task<IActionResult> RedisplayAsync(Guid id, Func<ContractDetailPage, ContractDetailPage>? keepInput, CancellationToken cancellationToken)
    {
        if (ModelState.ContainsKey("NotFound"))
        {
            return NotFound();
        }

        var page = await DetailAsync(id, cancellationToken);
        return page is null ? NotFound() : View(nameof(Detail), keepInput is null ? page : keepInput(page));
    }

    private async Task<ContractDetailPage?> DetailAsync(Guid id, CancellationToken cancellationToken)
    {
        var page = await queries.CourtContractAsync(id, cancellationToken);
        return page is null ? null : new ContractDetailPage(page, await queries.HistoryAsync(page, cancellationToken), page.IsBuyer ? await queries.OtherCourtsAsync(cancellationToken) : []);
    }

    private async Task<IActionResult> DraftPageAsync(Guid needId, ContractInput input, CancellationToken cancellationToken)
    {
        var need = await procurement.CourtNeedAsync(needId, cancellationToken);
        return need is null ? NotFound() : View("Draft", new ContractDraftPage(needId, need.Need.Number, need.Need.Title, input));
    }

    private Task<T?> TryAsync<T>(Func<Task<T>> action, IReadOnlyDictionary<string, string>? fields, string field = "")
        => ModelState.TryAsync(localizer, action, fields, field);
}
