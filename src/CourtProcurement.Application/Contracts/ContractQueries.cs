using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Contracts;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Contracts;

public sealed record ContractRow(Guid Id, string Number, string Title, string CourtName, string OrganizationName, ContractStatus Status, bool IsFramework,
    decimal Value, decimal UnitPrice, DateOnly PeriodStart, DateOnly PeriodEnd, DateTimeOffset? SignedAt, bool IsBuyer);

public sealed record WorkOrderRow(Guid Id, string CourtName, string CaseNumber, string Description, decimal Quantity, decimal Amount, DateOnly DueDate,
    WorkOrderStatus Status, DateTimeOffset IssuedAt, DateTimeOffset? DeliveredAt, string? Note, bool IsOverdue);

/// <summary>Work called off by one court: what the public and the other parties may know of it (no case, no text).</summary>
public sealed record CourtTotal(string CourtName, int WorkOrders, int Verified, decimal VerifiedQuantity, decimal VerifiedAmount);

/// <summary>What waits for the reader on contracts: for a court its own, for an organization its own.</summary>
public sealed record ContractTasks(int ToSign, int ToAccept, int ToDeliver, int ToVerify, int Overdue)
{
    public bool Any => ToSign + ToAccept + ToDeliver + ToVerify + Overdue > 0;
}

public sealed record ContractPage(Contract Contract, string CourtName, string OrganizationName, string ItemName, Guid NeedId, string NeedNumber,
    IReadOnlyList<string> MemberNames, IReadOnlyList<WorkOrderRow> WorkOrders, IReadOnlyList<CourtTotal> Totals, decimal CommittedQuantity, bool IsBuyer)
{
    public decimal QuantityLeft => Contract.Quantity - CommittedQuantity;
}

/// <summary>
/// The contract pages' reads. A court reads the contracts it bought and the framework agreements it joined,
/// but only its own work orders on them; an organization reads its own contracts and every work order on them.
/// </summary>
public sealed class ContractQueries(AppDbContext db, ICurrentUser currentUser, Files.IFileStore files, TimeProvider clock)
{
    public async Task<List<ContractRow>> CourtContractsAsync(CancellationToken cancellationToken = default)
    {
        var courtId = currentUser.CourtId;
        return await RowsAsync(Shared().Where(c => c.CourtId == courtId || c.Members.Any(m => m.CourtId == courtId)), cancellationToken);
    }

    public async Task<List<ContractRow>> SupplierContractsAsync(CancellationToken cancellationToken = default)
    {
        var organizationId = currentUser.OrganizationId;
        return await RowsAsync(db.Contracts.AsNoTracking().Where(c => c.OrganizationId == organizationId), cancellationToken);
    }

    /// <summary>A contract as a party court sees it, or null for any other court.</summary>
    public async Task<ContractPage?> CourtContractAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var contract = await Shared().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return contract is null || !contract.IsParty(currentUser.CourtId) ? null : await PageAsync(contract, w => w.CourtId == currentUser.CourtId, cancellationToken);
    }

    /// <summary>The organization's own contract, with every work order on it.</summary>
    public async Task<ContractPage?> SupplierContractAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Members)
            .SingleOrDefaultAsync(c => c.Id == id && c.OrganizationId == currentUser.OrganizationId, cancellationToken);
        return contract is null ? null : await PageAsync(contract, _ => true, cancellationToken);
    }

    /// <summary>
    /// The reader's work in hand: a court's contracts awaiting signature, its delivered work orders to check
    /// and its overdue ones; an organization's contracts to sign and work orders to accept or deliver.
    /// </summary>
    public async Task<ContractTasks> TasksAsync(CancellationToken cancellationToken = default)
    {
        var today = Domain.Common.ChinaTime.Today(clock.GetUtcNow());
        var (courtId, organizationId) = (currentUser.CourtId, currentUser.OrganizationId);
        if (courtId is null && organizationId is null)
        {
            return new ContractTasks(0, 0, 0, 0, 0);
        }

        // The tenant filter already narrows both sets to the reader; the explicit tests say whose side is counted.
        var contracts = db.Contracts.AsNoTracking().Where(c => c.Status == ContractStatus.Pending && (c.CourtId == courtId || c.OrganizationId == organizationId));
        var orders = await db.WorkOrders.AsNoTracking().Where(w => w.CourtId == courtId || w.OrganizationId == organizationId)
            .Where(w => w.Status == WorkOrderStatus.Issued || w.Status == WorkOrderStatus.Accepted || w.Status == WorkOrderStatus.Delivered)
            .Select(w => new { w.Status, w.DueDate }).ToListAsync(cancellationToken);
        var supplier = organizationId is not null;
        return new ContractTasks(await contracts.CountAsync(cancellationToken),
            supplier ? orders.Count(o => o.Status == WorkOrderStatus.Issued) : 0,
            supplier ? orders.Count(o => o.Status == WorkOrderStatus.Accepted) : 0,
            supplier ? 0 : orders.Count(o => o.Status == WorkOrderStatus.Delivered),
            orders.Count(o => o.Status != WorkOrderStatus.Delivered && o.DueDate < today));
    }

    /// <summary>The signed text for a party: the buyer or a member court, or the supplier; null for anyone else.</summary>
    public async Task<Procurement.DocumentDownloadResult?> TextAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var contract = await Shared().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var party = contract is not null && (contract.IsParty(currentUser.CourtId) || (currentUser.OrganizationId is { } own && own == contract.OrganizationId));
        return !party || contract!.TextFileKey is null
            ? null
            : new Procurement.DocumentDownloadResult(contract.TextFileName!, contract.TextContentType!, files.OpenRead(contract.TextFileKey));
    }

    /// <summary>The contract drawn from the court's need, if any.</summary>
    public async Task<ContractRow?> ForNeedAsync(Guid needId, CancellationToken cancellationToken = default)
        => (await RowsAsync(db.Contracts.AsNoTracking().Where(c => c.NeedId == needId), cancellationToken)).FirstOrDefault();

    /// <summary>Courts that may be invited to a framework agreement: every court but the buyer.</summary>
    public async Task<List<(Guid Id, string Name)>> OtherCourtsAsync(CancellationToken cancellationToken = default)
        => [.. (await db.Courts.AsNoTracking().Where(c => c.Id != currentUser.CourtId).OrderBy(c => c.ShortCode).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.Name))];

    /// <summary>The audit entries of the contract and of the work orders the reader may see on it.</summary>
    public async Task<List<AuditEntryRow>> HistoryAsync(ContractPage page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var ids = page.WorkOrders.Select(w => w.Id.ToString("D")).Append(page.Contract.Id.ToString("D")).ToList();
        return await db.AuditEntries.AsNoTracking().Where(e => ids.Contains(e.EntityId)).OrderBy(e => e.Sequence)
            .Select(e => new AuditEntryRow(e.Sequence, e.OccurredAt, e.ActorName, e.Action, e.EntityType, e.EntityId, e.FromState, e.ToState, e.Details, e.Hash))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<Contract> Shared() => db.Contracts.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking();

    private async Task<ContractPage> PageAsync(Contract contract, Func<WorkOrder, bool> visible, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var around = await ContractSurroundings.LoadAsync(db, contract, cancellationToken);
        var (courts, orders) = (around.Courts, around.Orders);
        var english = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);
        return new ContractPage(contract, courts[contract.CourtId], around.OrganizationName, english ? around.ItemNameEn : around.ItemNameZh, contract.NeedId, around.NeedNumber,
            around.MemberNames(contract),
            [.. orders.Where(visible).OrderByDescending(w => w.IssuedAt).Select(w => new WorkOrderRow(w.Id, courts.GetValueOrDefault(w.CourtId) ?? string.Empty, w.CaseNumber,
                w.Description, w.Quantity, w.Amount, w.DueDate, w.Status, w.IssuedAt, w.DeliveredAt, w.Note, w.IsOverdue(now)))],
            Totals(orders, courts), orders.Where(w => w.Commits).Sum(w => w.Quantity), contract.CourtId == currentUser.CourtId);
    }

    internal static List<CourtTotal> Totals(IEnumerable<WorkOrder> orders, IReadOnlyDictionary<Guid, string> courts)
        => [.. orders.GroupBy(w => w.CourtId).Select(g => new CourtTotal(courts.GetValueOrDefault(g.Key) ?? string.Empty, g.Count(w => w.Commits),
            g.Count(w => w.Status == WorkOrderStatus.Verified), g.Where(w => w.Status == WorkOrderStatus.Verified).Sum(w => w.Quantity),
            g.Where(w => w.Status == WorkOrderStatus.Verified).Sum(w => w.Amount))).OrderBy(t => t.CourtName, StringComparer.Ordinal)];

    private async Task<List<ContractRow>> RowsAsync(IQueryable<Contract> contracts, CancellationToken cancellationToken)
    {
        var courtId = currentUser.CourtId;
        return await (from c in contracts
                      join court in db.Courts.AsNoTracking() on c.CourtId equals court.Id
                      join o in db.Organizations.AsNoTracking() on c.OrganizationId equals o.Id
                      orderby c.CreatedAt descending
                      select new ContractRow(c.Id, c.Number, c.Title, court.Name, o.Name, c.Status, c.IsFramework, c.Value, c.UnitPrice, c.PeriodStart, c.PeriodEnd,
                          c.SignedAt, c.CourtId == courtId)).ToListAsync(cancellationToken);
    }
}
