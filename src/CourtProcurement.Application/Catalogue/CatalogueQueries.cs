using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Catalogue;

public sealed record CategoryRow(Guid Id, string Code, string NameZh, string NameEn, int SortOrder, bool IsRetired, int ItemCount);

public sealed record CatalogueItemRow(
    Guid Id, Guid CategoryId, string Code, bool IsRetired, int VersionNumber, DateOnly EffectiveFrom, string NameZh, string NameEn,
    ServiceUnit Unit, decimal GuidancePriceMin, decimal GuidancePriceMax, bool HasFutureVersion);

public sealed record CatalogueItemDetail(CatalogueItem Item, ServiceCategory Category, CatalogueItemVersion? Current, IReadOnlyList<CatalogueItemVersion> History);

/// <summary>The catalogue is shared platform-wide: every signed-in user reads it.</summary>
public sealed class CatalogueQueries(AppDbContext db, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public async Task<IReadOnlyList<CategoryRow>> CategoriesAsync(CancellationToken cancellationToken = default)
        => await db.ServiceCategories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new CategoryRow(c.Id, c.Code, c.NameZh, c.NameEn, c.SortOrder, c.IsRetired, db.CatalogueItems.Count(i => i.CategoryId == c.Id)))
            .ToListAsync(cancellationToken);

    public Task<ServiceCategory?> CategoryAsync(Guid id, CancellationToken cancellationToken = default)
        => db.ServiceCategories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>Every item with the version in force today (or its first version, if none is yet).</summary>
    public async Task<IReadOnlyList<CatalogueItemRow>> ItemsAsync(CancellationToken cancellationToken = default)
    {
        // The catalogue holds hundreds of versions at most: choosing the one in force is simplest in memory.
        var today = Today;
        var items = await db.CatalogueItems.AsNoTracking().Select(i => new { i.Id, i.CategoryId, i.Code, i.IsRetired }).ToListAsync(cancellationToken);
        var versions = (await db.CatalogueItemVersions.AsNoTracking()
                .Select(v => new { v.ItemId, v.Number, v.EffectiveFrom, v.NameZh, v.NameEn, v.Unit, v.GuidancePriceMin, v.GuidancePriceMax })
                .ToListAsync(cancellationToken))
            .ToLookup(v => v.ItemId);
        return [.. items.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i =>
        {
            var all = versions[i.Id].OrderBy(v => v.Number).ToList();
            var current = all.LastOrDefault(v => v.EffectiveFrom <= today) ?? all[0];
            return new CatalogueItemRow(i.Id, i.CategoryId, i.Code, i.IsRetired, current.Number, current.EffectiveFrom, current.NameZh, current.NameEn,
                current.Unit, current.GuidancePriceMin, current.GuidancePriceMax, all.Any(v => v.EffectiveFrom > today));
        })];
    }

    public async Task<CatalogueItemDetail?> ItemAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var item = await db.CatalogueItems.AsNoTracking().Include(i => i.Versions).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var category = await db.ServiceCategories.AsNoTracking().SingleAsync(c => c.Id == item.CategoryId, cancellationToken);
        return new CatalogueItemDetail(item, category, item.VersionOn(Today), [.. item.Versions.OrderByDescending(v => v.Number)]);
    }
}
