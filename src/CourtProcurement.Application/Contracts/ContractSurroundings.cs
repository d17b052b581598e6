using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Contracts;

/// <summary>
/// What a contract page shows around the contract itself: the party courts' names, the supplier, the
/// service, the procurement's number and every work order. Read past the tenant filter: callers decide
/// (party check, or signed and public) whether the reader may have the contract, and which orders to show.
/// </summary>
internal sealed record ContractSurroundings(IReadOnlyDictionary<Guid, string> Courts, string OrganizationName, string CreditCode,
    string ItemNameZh, string ItemNameEn, string NeedNumber, IReadOnlyList<WorkOrder> Orders)
{
    public IReadOnlyList<string> MemberNames(Contract contract) => [.. contract.Members.OrderBy(m => m.JoinedAt).Select(m => Courts[m.CourtId])];

    public static async Task<ContractSurroundings> LoadAsync(AppDbContext db, Contract contract, CancellationToken cancellationToken)
    {
        var courtIds = contract.Members.Select(m => m.CourtId).Append(contract.CourtId).ToList();
        var courts = await db.Courts.AsNoTracking().Where(c => courtIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == contract.OrganizationId).Select(o => new { o.Name, o.CreditCode }).SingleAsync(cancellationToken);
        var item = await db.CatalogueItemVersions.AsNoTracking().Where(v => v.Id == contract.CatalogueItemVersionId).Select(v => new { v.NameZh, v.NameEn }).SingleAsync(cancellationToken);
        var needNumber = await db.ServiceNeeds.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking().Where(n => n.Id == contract.NeedId).Select(n => n.Number).SingleAsync(cancellationToken);
        var orders = await db.WorkOrders.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking().Where(w => w.ContractId == contract.Id).ToListAsync(cancellationToken);
        return new ContractSurroundings(courts, organization.Name, organization.CreditCode, item.NameZh, item.NameEn, needNumber, orders);
    }
}
