using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;

namespace CourtProcurement.Domain.Contracts;

/// <summary>
/// A contract (合同) between a court and the organization it awarded, drawn from the award once
/// <see cref="ContractReadiness"/> allows. It holds the unit price and period that work orders use. A
/// framework agreement (框架协议) is one contract that other courts join as members and call work off.
/// </summary>
public sealed class Contract : Entity, ICourtOwned, IOrganizationOwned
{
    public const int ReasonMaxLength = 1000;

    private readonly List<FrameworkMember> _members = [];

    private Contract()
    {
        Number = string.Empty;
        Title = string.Empty;
    }

    public Guid CourtId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid NeedId { get; private set; }

    public Guid AwardedBidId { get; private set; }

    /// <summary>The court's contract number, e.g. 粤0309-HT-2026-001.</summary>
    public string Number { get; private set; }

    public string Title { get; private set; }

    public Guid CatalogueItemVersionId { get; private set; }

    public ServiceUnit Unit { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    /// <summary>The awarded total in CNY: what all work orders together may not exceed.</summary>
    public decimal Value { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public bool IsFramework { get; private set; }

    public ContractStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the organization signed; the contract is in force from then.</summary>
    public DateTimeOffset? SignedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Why it was suspended or terminated (public on the contract's summary).</summary>
    public string? Reason { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>The signed contract's text (PDF or scan), published with the contract notice; the stored file's key.</summary>
    public string? TextFileKey { get; private set; }

    public string? TextFileName { get; private set; }

    public string? TextContentType { get; private set; }

    public DateTimeOffset? TextAttachedAt { get; private set; }

    public IReadOnlyList<FrameworkMember> Members => _members;

    public bool IsClosed => Status is ContractStatus.Completed or ContractStatus.Terminated;

    /// <summary>Whether a court may read the contract and call work off it: the buyer, or a member of a framework agreement.</summary>
    public bool IsParty(Guid? courtId) => courtId is { } id && (id == CourtId || _members.Any(m => m.CourtId == id));

    /// <summary>Draws the contract from an award; <paramref name="readinessBlocker"/> is <see cref="ContractReadiness.Blocker"/>'s answer.</summary>
    public static Contract Draft(ServiceNeed need, Bid awarded, string? readinessBlocker, string number, string itemName, ContractTerms terms, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(awarded);
        ArgumentNullException.ThrowIfNull(terms);
        if (readinessBlocker is not null)
        {
            throw new DomainException(readinessBlocker);
        }

        if (need.AwardedBidId != awarded.Id || awarded.Price is not { } price)
        {
            throw new DomainException("Readiness.NotAwarded");
        }

        terms.Validate(price, need.Quantity, need.UnitPriceCeiling);
        var contract = new Contract
        {
            CourtId = need.CourtId,
            OrganizationId = awarded.OrganizationId,
            NeedId = need.Id,
            AwardedBidId = awarded.Id,
            Number = number,
            Title = $"{need.Title} · {itemName}",
            CatalogueItemVersionId = need.CatalogueItemVersionId,
            Unit = need.Unit,
            Quantity = need.Quantity,
            UnitPrice = terms.UnitPrice,
            Value = price,
            PeriodStart = terms.PeriodStart,
            PeriodEnd = terms.PeriodEnd,
            IsFramework = terms.IsFramework,
            Status = ContractStatus.Pending,
            CreatedAt = now,
            Version = Guid.NewGuid(),
        };
        contract.Record("Contract.Drafted", null, nameof(ContractStatus.Pending), new Dictionary<string, string?>
        {
            ["number"] = number,
            ["need"] = need.Number,
            ["unitPrice"] = terms.UnitPrice.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            ["framework"] = terms.IsFramework ? "true" : "false",
        });
        return contract;
    }

    /// <summary>The organization signs: the contract comes into force.</summary>
    public void Sign(DateTimeOffset now)
    {
        Move(ContractStatus.Pending, ContractStatus.Active, "Contract.Signed", "Contract.OnlyPendingCanBeSigned");
        SignedAt = now;
    }

    /// <summary>No new work orders while suspended (e.g. during a rectification); work in hand continues.</summary>
    public void Suspend(string reason)
    {
        var text = Guard.Required(reason, "Contract.ReasonRequired", ReasonMaxLength);
        Move(ContractStatus.Active, ContractStatus.Suspended, "Contract.Suspended", "Contract.OnlyActiveCanBeSuspended", text);
        Reason = text;
    }

    public void Resume()
    {
        Move(ContractStatus.Suspended, ContractStatus.Active, "Contract.Resumed", "Contract.OnlySuspendedCanResume");
        Reason = null;
    }

    /// <summary>The work is done: from the last day of the period, or earlier when the value is used up.</summary>
    public void Complete(DateTimeOffset now, bool valueUsedUp)
    {
        if (Status == ContractStatus.Active && ChinaTime.Today(now) < PeriodEnd && !valueUsedUp)
        {
            throw new DomainException("Contract.CompleteOnlyAtPeriodEnd", PeriodEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        Move(ContractStatus.Active, ContractStatus.Completed, "Contract.Completed", "Contract.OnlyActiveCanComplete");
        ClosedAt = now;
    }

    /// <summary>Ends the contract early (解除), with reasons; before signature it simply never comes into force.</summary>
    public void Terminate(string reason, DateTimeOffset now)
    {
        var text = Guard.Required(reason, "Contract.ReasonRequired", ReasonMaxLength);
        if (IsClosed)
        {
            throw new DomainException("Contract.AlreadyClosed");
        }

        var from = Status;
        Status = ContractStatus.Terminated;
        Reason = text;
        ClosedAt = now;
        Version = Guid.NewGuid();
        Record("Contract.Terminated", from.ToString(), nameof(ContractStatus.Terminated), new Dictionary<string, string?> { ["reason"] = text });
    }

    /// <summary>Another court joins a framework agreement once it is signed and while it is not closed.</summary>
    public void AddMember(Guid courtId, DateTimeOffset now)
    {
        if (!IsFramework)
        {
            throw new DomainException("Contract.NotFramework");
        }

        if (IsClosed)
        {
            throw new DomainException("Contract.AlreadyClosed");
        }

        // Not before signature: a court is not shown a contract that may never come into force.
        if (Status == ContractStatus.Pending)
        {
            throw new DomainException("Contract.MembersAfterSignature");
        }

        if (IsParty(courtId))
        {
            throw new DomainException("Contract.AlreadyMember");
        }

        _members.Add(FrameworkMember.Join(Id, courtId, now));
        Version = Guid.NewGuid();
        Record("Contract.MemberJoined", Status.ToString(), Status.ToString(), new Dictionary<string, string?> { ["court"] = courtId.ToString("D") });
    }

    /// <summary>Attaches (or replaces) the signed text while the contract is not closed; returns the replaced file's key to delete.</summary>
    public string? AttachText(string fileKey, string fileName, string contentType, DateTimeOffset now)
    {
        if (IsClosed)
        {
            throw new DomainException("Contract.AlreadyClosed");
        }

        var replaced = TextFileKey;
        TextFileKey = fileKey;
        TextFileName = Guard.Required(Path.GetFileName(fileName), "Document.FileRequired", 200);
        TextContentType = contentType;
        TextAttachedAt = now;
        Version = Guid.NewGuid();
        Record("Contract.TextAttached", Status.ToString(), Status.ToString(), new Dictionary<string, string?> { ["file"] = TextFileName });
        return replaced;
    }

    /// <summary>A work order was called off: the new token makes a concurrent call-off on the same quantity fail.</summary>
    internal void NoteCallOff() => Version = Guid.NewGuid();

    private void Move(ContractStatus from, ContractStatus to, string action, string refusal, string? reason = null)
    {
        if (Status != from)
        {
            throw new DomainException(refusal);
        }

        Status = to;
        Version = Guid.NewGuid();
        Record(action, from.ToString(), to.ToString(), reason is null ? null : new Dictionary<string, string?> { ["reason"] = reason });
    }
}
