using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.Catalogue;

public sealed record CataloguePage(IReadOnlyList<CategoryRow> Categories, IReadOnlyList<CatalogueItemRow> Items, DateOnly Today);

/// <summary>The shared service catalogue, as every court and organization reads it.</summary>
[Authorize(Policy = Policies.ReadCatalogue)]
public sealed class CatalogueController(CatalogueQueries catalogue) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
        => View(new CataloguePage(await catalogue.CategoriesAsync(cancellationToken), await catalogue.ItemsAsync(cancellationToken), catalogue.Today));

    [HttpGet("Catalogue/Items/{id:guid}")]
    public async Task<IActionResult> Item(Guid id, CancellationToken cancellationToken)
        => await catalogue.ItemAsync(id, cancellationToken) is { } item ? View(item) : NotFound();
}
