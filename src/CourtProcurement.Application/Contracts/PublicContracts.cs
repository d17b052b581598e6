using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Contracts;

public sealed record PublicContractRow(Guid Id, string Number, string Title, string CourtName, string OrganizationName, ContractStatus Status, bool IsFramework,
    decimal Value, DateOnly PeriodStart, DateOnly PeriodEnd, DateTimeOffset SignedAt, int Members);

public sealed record PublicContractPage(Guid Id, string Number, string Title, string CourtName, string OrganizationName, string CreditCode, string ItemNameZh, string ItemNameEn,
    Guid NeedId, string NeedNumber, ContractStatus Status, bool IsFramework, decimal Quantity, Domain.Catalogue.ServiceUnit Unit, decimal UnitPrice, decimal Value,
    DateOnly PeriodStart, DateOnly PeriodEnd, DateTimeOffset SignedAt, DateTimeOffset? ClosedAt, string? Reason, IReadOnlyList<string> Members, IReadOnlyList<CourtTotal> Totals)
{
    public string? TextFileName { get; init; }

    public decimal VerifiedAmount => Totals.Sum(t => t.VerifiedAmount);
}

/// <summary>
/// Contracts' public summaries (合同公告) and framework agreements with their members: signed contracts
/// only, and of the work orders only totals per court (no case number, no description, no note).
/// </summary>
public sealed class PublicContracts(AppDbContext db, Files.IFileStore files)
{
    public const int PageSize = 20;

    public async Task<Page<PublicContractRow>> SearchAsync(bool frameworksOnly, int page, CancellationToken cancellationToken = default)
    {
        var contracts = Signed().Where(c => !frameworksOnly || c.IsFramework);
        var total = await contracts.CountAsync(cancellationToken);
        var number = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await (from c in contracts.OrderByDescending(c => c.SignedAt).Skip((number - 1) * PageSize).Take(PageSize)
                          join court in db.Courts.AsNoTracking() on c.CourtId equals court.Id
                          join o in db.Organizations.AsNoTracking() on c.OrganizationId equals o.Id
                          select new PublicContractRow(c.Id, c.Number, c.Title, court.Name, o.Name, c.Status, c.IsFramework, c.Value, c.PeriodStart, c.PeriodEnd,
                              c.SignedAt!.Value, c.Members.Count)).ToListAsync(cancellationToken);
        return new Page<PublicContractRow>([.. rows.OrderByDescending(r => r.SignedAt)], number, PageSize, total);
    }

    public async Task<PublicContractPage?> ContractAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var contract = await Signed().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null)
        {
            return null;
        }

        var courtIds = contract.Members.Select(m => m.CourtId).Append(contract.CourtId).ToList();
        var courts = await db.Courts.AsNoTracking().Where(c => courtIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == contract.OrganizationId).Select(o => new { o.Name, o.CreditCode }).SingleAsync(cancellationToken);
        var item = await db.CatalogueItemVersions.AsNoTracking().Where(v => v.Id == contract.CatalogueItemVersionId).Select(v => new { v.NameZh, v.NameEn }).SingleAsync(cancellationToken);
        var needNumber = await db.ServiceNeeds.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking().Where(n => n.Id == contract.NeedId).Select(n => n.Number).SingleAsync(cancellationToken);
        var orders = await db.WorkOrders.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking().Where(w => w.ContractId == id).ToListAsync(cancellationToken);
        return new PublicContractPage(contract.Id, contract.Number, contract.Title, courts[contract.CourtId], organization.Name, organization.CreditCode, item.NameZh, item.NameEn,
            contract.NeedId, needNumber, contract.Status, contract.IsFramework, contract.Quantity, contract.Unit, contract.UnitPrice, contract.Value,
            contract.PeriodStart, contract.PeriodEnd, contract.SignedAt!.Value, contract.ClosedAt, contract.Reason,
            [.. contract.Members.OrderBy(m => m.JoinedAt).Select(m => courts[m.CourtId])], ContractQueries.Totals(orders, courts))
        {
            TextFileName = contract.TextFileName,
        };
    }

    /// <summary>The signed contract's text, for anyone once the contract is signed.</summary>
    public async Task<Procurement.DocumentDownloadResult?> TextAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var text = await Signed().Where(c => c.Id == id && c.TextFileKey != null).Select(c => new { c.TextFileKey, c.TextFileName, c.TextContentType }).SingleOrDefaultAsync(cancellationToken);
        return text is null ? null : new Procurement.DocumentDownloadResult(text.TextFileName!, text.TextContentType!, files.OpenRead(text.TextFileKey!));
    }

    /// <summary>The signed contract drawn from a published need, if any (for the notice page's link).</summary>
    public Task<Guid?> ForNeedAsync(Guid needId, CancellationToken cancellationToken = default)
        => Signed().Where(c => c.NeedId == needId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Every signed contract with its last change, for the sitemap.</summary>
    public async Task<List<(Guid Id, DateTimeOffset Changed)>> SitemapAsync(CancellationToken cancellationToken = default)
        => [.. (await Signed().Select(c => new { c.Id, Changed = c.ClosedAt ?? c.SignedAt!.Value }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Changed))];

    /// <summary>Shared on purpose past the tenant filter: a contract is public once signed (合同公告), never while pending.</summary>
    private IQueryable<Contract> Signed() => db.Contracts.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking().Where(c => c.SignedAt != null);
}
