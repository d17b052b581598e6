using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Contracts;

/// <summary>
/// A work order (服务工单): one piece of work called off a contract, usually for one case. It is priced at
/// the contract's unit price. The case number and description stay between the court and the organization;
/// only totals reach the public.
/// </summary>
public sealed class WorkOrder : Entity, ICourtOwned, IOrganizationOwned
{
    public const int TextMaxLength = 2000;

    private WorkOrder()
    {
        CaseNumber = string.Empty;
        Description = string.Empty;
    }

    public Guid ContractId { get; private set; }

    /// <summary>The court that called the work off: the buyer or a member of a framework agreement.</summary>
    public Guid CourtId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string CaseNumber { get; private set; }

    /// <summary>Who raised it (a judge for a case, or an administrator): told when the work is delivered.</summary>
    public string? IssuedByUserId { get; private set; }

    public string Description { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly DueDate { get; private set; }

    public WorkOrderStatus Status { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The organization's delivery note, or the court's reason for rejecting or cancelling.</summary>
    public string? Note { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>Counts against the contract's quantity: everything not rejected or cancelled.</summary>
    public bool Commits => Status is not (WorkOrderStatus.Rejected or WorkOrderStatus.Cancelled);

    public bool IsOverdue(DateTimeOffset now) => Status is WorkOrderStatus.Issued or WorkOrderStatus.Accepted && ChinaTime.Today(now) > DueDate;

    /// <summary>
    /// Calls work off an active contract. Refused when the court is not a party, the organization may not
    /// receive work (suspended or excluded), the due date is outside the period, or the quantity would pass
    /// what the contract has left.
    /// </summary>
    public static WorkOrder Issue(Contract contract, Guid courtId, bool organizationMayReceiveWork, decimal committedQuantity,
        string caseNumber, string description, decimal quantity, DateOnly dueDate, DateTimeOffset now, string? issuedByUserId = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (!contract.IsParty(courtId))
        {
            throw new DomainException("Common.NotFound");
        }

        if (contract.Status != ContractStatus.Active)
        {
            throw new DomainException("WorkOrder.ContractNotActive");
        }

        if (!organizationMayReceiveWork)
        {
            throw new DomainException("WorkOrder.OrganizationSuspended");
        }

        var today = ChinaTime.Today(now);
        if (dueDate < today || dueDate > contract.PeriodEnd || today < contract.PeriodStart)
        {
            throw new DomainException("WorkOrder.DueDateOutsidePeriod", contract.PeriodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                contract.PeriodEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (quantity <= 0 || decimal.Round(quantity, 2) != quantity)
        {
            throw new DomainException("WorkOrder.QuantityInvalid");
        }

        var left = contract.Quantity - committedQuantity;
        if (quantity > left)
        {
            throw new DomainException("WorkOrder.QuantityAboveContract", left);
        }

        var order = new WorkOrder
        {
            ContractId = contract.Id,
            CourtId = courtId,
            OrganizationId = contract.OrganizationId,
            CaseNumber = Contracts.CaseNumber.Normalize(caseNumber),
            Description = Guard.Required(description, "WorkOrder.DescriptionRequired", TextMaxLength),
            Quantity = quantity,
            Amount = decimal.Round(quantity * contract.UnitPrice, 2),
            DueDate = dueDate,
            Status = WorkOrderStatus.Issued,
            IssuedAt = now,
            IssuedByUserId = issuedByUserId,
            Version = Guid.NewGuid(),
        };
        contract.NoteCallOff();
        order.Record("WorkOrder.Issued", null, nameof(WorkOrderStatus.Issued), new Dictionary<string, string?>
        {
            ["contract"] = contract.Number,
            ["quantity"] = quantity.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            ["due"] = dueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        return order;
    }

    /// <summary>The organization takes the work on.</summary>
    public void Accept() => Move(WorkOrderStatus.Issued, WorkOrderStatus.Accepted, "WorkOrder.Accepted", null);

    /// <summary>The organization reports the work done, with a note of what was delivered.</summary>
    public void Deliver(string note, DateTimeOffset now)
    {
        var text = Guard.Required(note, "WorkOrder.NoteRequired", TextMaxLength);
        Move(WorkOrderStatus.Accepted, WorkOrderStatus.Delivered, "WorkOrder.Delivered", text);
        DeliveredAt = now;
        Note = text;
    }

    /// <summary>The court checks the delivery and accepts it (验收).</summary>
    public void Verify(DateTimeOffset now)
    {
        Move(WorkOrderStatus.Delivered, WorkOrderStatus.Verified, "WorkOrder.Verified", null);
        ClosedAt = now;
    }

    /// <summary>The court refuses the delivery, with reasons; the quantity goes back to the contract.</summary>
    public void Reject(string reason, DateTimeOffset now)
    {
        var text = Guard.Required(reason, "WorkOrder.ReasonRequired", TextMaxLength);
        Move(WorkOrderStatus.Delivered, WorkOrderStatus.Rejected, "WorkOrder.Rejected", text);
        Note = text;
        ClosedAt = now;
    }

    /// <summary>The court withdraws work not yet delivered.</summary>
    public void Cancel(string reason, DateTimeOffset now)
    {
        var text = Guard.Required(reason, "WorkOrder.ReasonRequired", TextMaxLength);
        if (Status is not (WorkOrderStatus.Issued or WorkOrderStatus.Accepted))
        {
            throw new DomainException("WorkOrder.CannotCancel");
        }

        var from = Status;
        Status = WorkOrderStatus.Cancelled;
        Note = text;
        ClosedAt = now;
        Version = Guid.NewGuid();
        Record("WorkOrder.Cancelled", from.ToString(), nameof(WorkOrderStatus.Cancelled), new Dictionary<string, string?> { ["reason"] = text });
    }

    private void Move(WorkOrderStatus from, WorkOrderStatus to, string action, string? note)
    {
        if (Status != from)
        {
            throw new DomainException("WorkOrder.NotInThatState");
        }

        Status = to;
        Version = Guid.NewGuid();
        Record(action, from.ToString(), to.ToString(), note is null ? null : new Dictionary<string, string?> { ["note"] = note });
    }
}
