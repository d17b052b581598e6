using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Procurement;

/// <summary>What the public may search by; dates are China days of publication.</summary>
public sealed record NoticeFilter(string? Text, Guid? CourtId, Guid? CategoryId, ProcurementMethod? Method, NeedStatus? Status, DateOnly? From, DateOnly? To, int Page = 1);

public sealed record PublicNoticeRow(Guid Id, string Number, string Title, string CourtName, string ItemNameZh, string ItemNameEn,
    ProcurementMethod Method, NeedStatus Status, DateTimeOffset PublishedAt, DateTimeOffset BidDeadline, decimal BudgetCeiling, DateTimeOffset LastChange);

public sealed record FacetOption(Guid Id, string NameZh, string NameEn);

public sealed record StatisticsRow(int Year, string CourtName, string CategoryZh, string CategoryEn, int Notices, int Awarded, decimal AwardedAmount,
    int Contracts, decimal ContractedAmount, decimal VerifiedAmount);

public sealed record ExcludedRow(string Name, string CreditCode);

/// <summary>
/// The published notices for everyone, signed in or not: shared on purpose past the court filter, never a
/// draft, and only what a notice says (the sealed rule is kept by <see cref="ProcurementQueries"/>).
/// </summary>
public sealed class PublicNotices(AppDbContext db)
{
    public const int PageSize = 20;

    public async Task<Page<PublicNoticeRow>> SearchAsync(NoticeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var needs = Published();
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            needs = needs.Where(n => n.Title.Contains(text) || n.Number.Contains(text));
        }

        if (filter.CourtId is { } court)
        {
            needs = needs.Where(n => n.CourtId == court);
        }

        if (filter.CategoryId is { } category)
        {
            needs = needs.Where(n => db.CatalogueItems.Any(i => i.Id == n.CatalogueItemId && i.CategoryId == category));
        }

        if (filter.Method is { } method)
        {
            needs = needs.Where(n => n.Method == method);
        }

        if (filter.Status is { } status)
        {
            needs = needs.Where(n => n.Status == status);
        }

        if (filter.From is { } from)
        {
            var start = ChinaTime.FromLocal(from.ToDateTime(TimeOnly.MinValue));
            needs = needs.Where(n => n.PublishedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = ChinaTime.FromLocal(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            needs = needs.Where(n => n.PublishedAt < end);
        }

        var total = await needs.CountAsync(cancellationToken);
        // A page past the last shows the last (and no arithmetic overflows on a huge number).
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await Project(needs.OrderByDescending(n => n.PublishedAt).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(cancellationToken);
        return new Page<PublicNoticeRow>([.. items.OrderByDescending(r => r.PublishedAt)], page, PageSize, total);
    }

    /// <summary>The newest notices, for the feed and the sitemap (optionally of one court or category).</summary>
    public async Task<List<PublicNoticeRow>> LatestAsync(Guid? courtId, Guid? categoryId, int take, CancellationToken cancellationToken = default)
    {
        var needs = Published().Where(n => (courtId == null || n.CourtId == courtId)
            && (categoryId == null || db.CatalogueItems.Any(i => i.Id == n.CatalogueItemId && i.CategoryId == categoryId)));
        var rows = await Project(needs.OrderByDescending(n => n.PublishedAt).Take(take)).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.PublishedAt)];
    }

    public async Task<(List<FacetOption> Courts, List<FacetOption> Categories)> FacetsAsync(CancellationToken cancellationToken = default)
    {
        var courts = await db.Courts.AsNoTracking().OrderBy(c => c.ShortCode).Select(c => new FacetOption(c.Id, c.Name, c.Name)).ToListAsync(cancellationToken);
        var categories = await db.ServiceCategories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => new FacetOption(c.Id, c.NameZh, c.NameEn)).ToListAsync(cancellationToken);
        return (courts, categories);
    }

    /// <summary>
    /// Volume and spend per year, court and category (China years of publication): notices, awards and
    /// their prices, signed contracts and their values, and the work verified under them.
    /// </summary>
    public async Task<List<StatisticsRow>> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (from n in Published()
                          join c in db.Courts.AsNoTracking() on n.CourtId equals c.Id
                          join i in db.CatalogueItems.AsNoTracking() on n.CatalogueItemId equals i.Id
                          join g in db.ServiceCategories.AsNoTracking() on i.CategoryId equals g.Id
                          select new { n.Id, n.PublishedAt, n.Status, n.AwardedBidId, Court = c.Name, g.NameZh, g.NameEn }).ToListAsync(cancellationToken);
        var awardedIds = rows.Where(r => r.AwardedBidId != null).Select(r => r.AwardedBidId!.Value).ToList();
        var prices = await db.Bids.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking().Where(b => awardedIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.Price ?? 0, cancellationToken);
        // Shared on purpose: signed contracts are public (合同公告), and of work orders only the verified amounts.
        var contracts = await db.Contracts.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking().Where(c => c.SignedAt != null)
            .Select(c => new { c.Id, c.NeedId, c.Value }).ToListAsync(cancellationToken);
        var verified = (await db.WorkOrders.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking().Where(w => w.Status == Domain.Contracts.WorkOrderStatus.Verified)
            .Select(w => new { w.ContractId, w.Amount }).ToListAsync(cancellationToken)).GroupBy(w => w.ContractId).ToDictionary(g => g.Key, g => g.Sum(w => w.Amount));
        var byNeed = contracts.ToDictionary(c => c.NeedId, c => (c.Value, Verified: verified.GetValueOrDefault(c.Id)));
        return [.. rows.GroupBy(r => (ChinaTime.ToChinaTime(r.PublishedAt!.Value).Year, r.Court, r.NameZh, r.NameEn))
            .Select(g => new StatisticsRow(g.Key.Year, g.Key.Court, g.Key.NameZh, g.Key.NameEn, g.Count(),
                g.Count(r => r.Status == NeedStatus.Awarded), g.Where(r => r.AwardedBidId != null).Sum(r => prices.GetValueOrDefault(r.AwardedBidId!.Value)),
                g.Count(r => byNeed.ContainsKey(r.Id)), g.Sum(r => byNeed.TryGetValue(r.Id, out var c) ? c.Value : 0m),
                g.Sum(r => byNeed.TryGetValue(r.Id, out var c) ? c.Verified : 0m)))
            .OrderByDescending(r => r.Year).ThenBy(r => r.CourtName, StringComparer.Ordinal).ThenBy(r => r.CategoryZh, StringComparer.Ordinal)];
    }

    /// <summary>Organizations excluded from the platform (清退), for the public exclusion list.</summary>
    public Task<List<ExcludedRow>> ExcludedAsync(CancellationToken cancellationToken = default)
        => db.Organizations.AsNoTracking().Where(o => o.Status == Domain.Organizations.OrganizationStatus.Excluded)
            .OrderBy(o => o.Name).Select(o => new ExcludedRow(o.Name, o.CreditCode)).ToListAsync(cancellationToken);

    // Only Publish sets PublishedAt, and it leaves Draft for good; testing the date alone lets the count
    // run on the PublishedAt index instead of reading every row (a draft cancelled unpublished stays out).
    private IQueryable<ServiceNeed> Published()
        => db.ServiceNeeds.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking().Where(n => n.PublishedAt != null);

    private IQueryable<PublicNoticeRow> Project(IQueryable<ServiceNeed> needs)
        => from n in needs
           join c in db.Courts.AsNoTracking() on n.CourtId equals c.Id
           join v in db.CatalogueItemVersions.AsNoTracking() on n.CatalogueItemVersionId equals v.Id
           select new PublicNoticeRow(n.Id, n.Number, n.Title, c.Name, v.NameZh, v.NameEn, n.Method, n.Status, n.PublishedAt!.Value, n.BidDeadline, n.BudgetCeiling,
               n.ClosedAt ?? n.AwardedAt ?? n.OpenedAt ?? n.PublishedAt!.Value);
}
