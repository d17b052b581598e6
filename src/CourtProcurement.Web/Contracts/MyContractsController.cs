using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Contracts;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Contracts;

public sealed record SupplierContractPage(ContractPage Page, IReadOnlyList<AuditEntryRow> History);

/// <summary>An organization's own contracts: it signs them, accepts the work orders called off them and reports delivery.</summary>
[Authorize(Policy = Policies.ActForOrganization)]
[Route("MyContracts")]
public sealed class MyContractsController(ContractManagement contracts, ContractQueries queries, WorkOrders workOrders, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.SupplierContractsAsync(cancellationToken));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        var page = await queries.SupplierContractAsync(id, cancellationToken);
        return page is null ? NotFound() : View(new SupplierContractPage(page, await queries.HistoryAsync(page, cancellationToken)));
    }

    [HttpGet("{id:guid}/Text")]
    public async Task<IActionResult> Text(Guid id, CancellationToken cancellationToken)
    {
        var file = await queries.TextAsync(id, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpPost("{id:guid}/Sign")]
    public Task<IActionResult> Sign(Guid id, CancellationToken cancellationToken)
        => ActAsync(id, () => contracts.SignAsync(id, cancellationToken), "Contract.SignedFlash", string.Empty, cancellationToken);

    [HttpPost("{id:guid}/WorkOrders/{workOrderId:guid}/Accept")]
    public Task<IActionResult> Accept(Guid id, Guid workOrderId, CancellationToken cancellationToken)
        => ActAsync(id, () => workOrders.AcceptAsync(workOrderId, cancellationToken), "WorkOrder.AcceptedFlash", $"WorkOrderNote.{workOrderId}", cancellationToken);

    [HttpPost("{id:guid}/WorkOrders/{workOrderId:guid}/Deliver")]
    public Task<IActionResult> Deliver(Guid id, Guid workOrderId, string? note, CancellationToken cancellationToken)
        => ActAsync(id, () => workOrders.DeliverAsync(workOrderId, note ?? string.Empty, cancellationToken), "WorkOrder.DeliveredFlash", $"WorkOrderNote.{workOrderId}", cancellationToken);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> change, string flash, string field, CancellationToken cancellationToken)
    {
        if (await ModelState.TryAsync(localizer, async () => { await change(); return true; }, null, field))
        {
            this.Flash(localizer[flash]);
            return RedirectToAction(nameof(Detail), new { id });
        }

        if (ModelState.ContainsKey(DomainRefusals.NotFoundKey))
        {
            return NotFound();
        }

        var page = await queries.SupplierContractAsync(id, cancellationToken);
        return page is null ? NotFound() : View(nameof(Detail), new SupplierContractPage(page, await queries.HistoryAsync(page, cancellationToken)));
    }
}
