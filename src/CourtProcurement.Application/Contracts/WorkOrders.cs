using CourtProcurement.Application.Data;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Application.Procurement;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Contracts;
using CourtProcurement.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Contracts;

public sealed record WorkOrderRequest(string CaseNumber, string Description, decimal Quantity, DateOnly DueDate);

/// <summary>
/// Work orders called off a contract: a party court issues, verifies, rejects or cancels; the organization
/// accepts and delivers. Each court handles only its own work orders, also on a shared framework agreement.
/// </summary>
public sealed class WorkOrders(AppDbContext db, ICurrentUser currentUser, Notifier notifier, TimeProvider clock)
{
    public async Task<Guid> IssueAsync(Guid contractId, WorkOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var courtId = currentUser.CourtId ?? throw new DomainException("Common.NotFound");
        // Shared on purpose: a member court reads the framework agreement it joined; the domain checks membership.
        var contract = await db.Contracts.IgnoreQueryFilters([TenantQueryFilters.Name]).Include(c => c.Members)
            .SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null || !contract.IsParty(courtId))
        {
            throw new DomainException("Common.NotFound");
        }

        var organizationStatus = await db.Organizations.Where(o => o.Id == contract.OrganizationId).Select(o => o.Status).SingleAsync(cancellationToken);
        // Summed here: SQLite has no decimal aggregate. Issuing changes the contract's concurrency token, so
        // two courts calling off the last units at once cannot both pass this check.
        var committed = (await db.WorkOrders.IgnoreQueryFilters([TenantQueryFilters.Name])
            .Where(w => w.ContractId == contractId && w.Status != WorkOrderStatus.Rejected && w.Status != WorkOrderStatus.Cancelled)
            .Select(w => w.Quantity).ToListAsync(cancellationToken)).Sum();
        var order = WorkOrder.Issue(contract, courtId, organizationStatus == OrganizationStatus.Verified, committed,
            request.CaseNumber, request.Description, request.Quantity, request.DueDate, clock.GetUtcNow(), currentUser.UserId);
        db.WorkOrders.Add(order);
        await notifier.NotifyOrganizationAsync(contract.OrganizationId, "Notice.WorkOrderIssued", [contract.Number, order.CaseNumber], $"/MyContracts/{contract.Id}", cancellationToken);
        await db.SaveOrRefuseAsync(cancellationToken);
        return order.Id;
    }

    public Task AcceptAsync(Guid workOrderId, CancellationToken cancellationToken = default)
        => SupplierChangeAsync(workOrderId, w => w.Accept(), null, cancellationToken);

    public Task DeliverAsync(Guid workOrderId, string note, CancellationToken cancellationToken = default)
        => SupplierChangeAsync(workOrderId, w => w.Deliver(note, clock.GetUtcNow()), "Notice.WorkOrderDelivered", cancellationToken);

    public Task VerifyAsync(Guid workOrderId, CancellationToken cancellationToken = default)
        => CourtChangeAsync(workOrderId, w => w.Verify(clock.GetUtcNow()), "Notice.WorkOrderVerified", cancellationToken);

    public Task RejectAsync(Guid workOrderId, string reason, CancellationToken cancellationToken = default)
        => CourtChangeAsync(workOrderId, w => w.Reject(reason, clock.GetUtcNow()), "Notice.WorkOrderRejected", cancellationToken);

    public Task CancelAsync(Guid workOrderId, string reason, CancellationToken cancellationToken = default)
        => CourtChangeAsync(workOrderId, w => w.Cancel(reason, clock.GetUtcNow()), "Notice.WorkOrderCancelled", cancellationToken);

    private async Task SupplierChangeAsync(Guid workOrderId, Action<WorkOrder> change, string? courtNotice, CancellationToken cancellationToken)
    {
        var organizationId = currentUser.OrganizationId ?? throw new DomainException("Common.NotFound");
        var order = await db.WorkOrders.SingleOrDefaultAsync(w => w.Id == workOrderId && w.OrganizationId == organizationId, cancellationToken)
            ?? throw new DomainException("Common.NotFound");
        var contractStatus = await db.Contracts.Where(c => c.Id == order.ContractId).Select(c => c.Status).SingleAsync(cancellationToken);
        if (contractStatus is ContractStatus.Completed or ContractStatus.Terminated)
        {
            throw new DomainException("WorkOrder.ContractClosed");
        }

        change(order);
        if (courtNotice is not null)
        {
            var number = await db.Contracts.IgnoreQueryFilters([TenantQueryFilters.Name]).Where(c => c.Id == order.ContractId).Select(c => c.Number).SingleAsync(cancellationToken);
            await notifier.NotifyCourtAdministratorsAsync(order.CourtId, courtNotice, [number, order.CaseNumber], $"/Contracts/{order.ContractId}", order.IssuedByUserId, cancellationToken);
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    private async Task CourtChangeAsync(Guid workOrderId, Action<WorkOrder> change, string organizationNotice, CancellationToken cancellationToken)
    {
        var courtId = currentUser.CourtId ?? throw new DomainException("Common.NotFound");
        var order = await db.WorkOrders.SingleOrDefaultAsync(w => w.Id == workOrderId && w.CourtId == courtId, cancellationToken)
            ?? throw new DomainException("Common.NotFound");
        change(order);
        var number = await db.Contracts.IgnoreQueryFilters([TenantQueryFilters.Name]).Where(c => c.Id == order.ContractId).Select(c => c.Number).SingleAsync(cancellationToken);
        await notifier.NotifyOrganizationAsync(order.OrganizationId, organizationNotice, [number, order.CaseNumber], $"/MyContracts/{order.ContractId}", cancellationToken);
        await db.SaveOrRefuseAsync(cancellationToken);
    }
}
