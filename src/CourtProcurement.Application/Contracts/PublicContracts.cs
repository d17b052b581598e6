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

        // Of the work orders only the per-court totals leave here.
        var around = await ContractSurroundings.LoadAsync(db, contract, cancellationToken);
        return new PublicContractPage(contract.Id, contract.Number, contract.Title, around.Courts[contract.CourtId], around.OrganizationName, around.CreditCode,
            around.ItemNameZh, around.ItemNameEn, contract.NeedId, around.NeedNumber, contract.Status, contract.IsFramework, contract.Quantity, contract.Unit, contract.UnitPrice, contract.Value,
            contract.PeriodStart, contract.PeriodEnd, contract.SignedAt!.Value, contract.ClosedAt, contract.Reason,
            around.MemberNames(contract), ContractQueries.Totals(around.Orders, around.Courts))
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
