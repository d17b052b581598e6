using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Catalogue;

/// <summary>The platform administrators' use cases on the service catalogue; one save each.</summary>
public sealed class CatalogueService(AppDbContext db, TimeProvider clock)
{
    public async Task<Guid> CreateCategoryAsync(string code, string nameZh, string nameEn, int sortOrder, CancellationToken cancellationToken = default)
    {
        var category = ServiceCategory.Create(code, nameZh, nameEn, sortOrder);
        if (await db.ServiceCategories.AnyAsync(c => c.Code == category.Code, cancellationToken))
        {
            throw new DomainException("Catalogue.CodeTaken", category.Code);
        }

        db.ServiceCategories.Add(category);
        await SaveAsync(cancellationToken);
        return category.Id;
    }

    public async Task UpdateCategoryAsync(Guid id, string nameZh, string nameEn, int sortOrder, CancellationToken cancellationToken = default)
    {
        (await CategoryAsync(id, cancellationToken)).Rename(nameZh, nameEn, sortOrder);
        await SaveAsync(cancellationToken);
    }

    public async Task RetireCategoryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        (await CategoryAsync(id, cancellationToken)).Retire();
        await SaveAsync(cancellationToken);
    }

    public async Task ReinstateCategoryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        (await CategoryAsync(id, cancellationToken)).Reinstate();
        await SaveAsync(cancellationToken);
    }

    public async Task<Guid> CreateItemAsync(Guid categoryId, string code, CatalogueItemTerms terms, DateOnly effectiveFrom, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (effectiveFrom < ChinaTime.Today(now))
        {
            throw new DomainException("Catalogue.EffectiveDateInPast");
        }

        var item = CatalogueItem.Create(await CategoryAsync(categoryId, cancellationToken), code, terms, effectiveFrom, now);
        if (await db.CatalogueItems.AnyAsync(i => i.Code == item.Code, cancellationToken))
        {
            throw new DomainException("Catalogue.CodeTaken", item.Code);
        }

        db.CatalogueItems.Add(item);
        await SaveAsync(cancellationToken);
        return item.Id;
    }

    public async Task<int> AddVersionAsync(Guid itemId, CatalogueItemTerms terms, DateOnly effectiveFrom, CancellationToken cancellationToken = default)
    {
        var item = await ItemAsync(itemId, cancellationToken);
        var now = clock.GetUtcNow();
        var version = item.AddVersion(terms, effectiveFrom, ChinaTime.Today(now), now);
        await SaveAsync(cancellationToken);
        return version.Number;
    }

    public async Task RetireItemAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        (await ItemAsync(itemId, cancellationToken)).Retire();
        await SaveAsync(cancellationToken);
    }

    private async Task<ServiceCategory> CategoryAsync(Guid id, CancellationToken cancellationToken)
        => await db.ServiceCategories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new DomainException("Common.NotFound");

    private async Task<CatalogueItem> ItemAsync(Guid id, CancellationToken cancellationToken)
        => await db.CatalogueItems.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new DomainException("Common.NotFound");

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // A unique index caught what the checks above could not: someone else saved the same code or version first.
            throw new DomainException("Common.ConcurrentChange", exception);
        }
    }
}
