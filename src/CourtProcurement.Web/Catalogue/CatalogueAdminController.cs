using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Catalogue;
using CourtProcurement.Domain.Common;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Catalogue;

public sealed record CategoryForm(Guid? Id, CategoryInput Input);

public sealed record ItemForm(ItemInput Input, IReadOnlyList<CategoryRow> Categories, Guid? ItemId, int? NextVersion);

/// <summary>Platform administrators keep the catalogue: categories, items and their versions.</summary>
[Authorize(Policy = Policies.ManageCatalogue)]
public sealed class CatalogueAdminController(CatalogueService service, CatalogueQueries catalogue, IStringLocalizer<SharedResource> localizer) : Controller
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Catalogue.CodeTaken"] = "Input." + nameof(ItemInput.Code),
        ["Catalogue.CodeFormat"] = "Input." + nameof(ItemInput.Code),
        ["Catalogue.EffectiveDateInPast"] = "Input." + nameof(ItemInput.EffectiveFrom),
        ["Catalogue.EffectiveDateTooEarly"] = "Input." + nameof(ItemInput.EffectiveFrom),
        ["Catalogue.PriceRange"] = "Input." + nameof(ItemInput.GuidancePriceMax),
        ["Catalogue.KpiWeightsSum"] = "Input." + nameof(ItemInput.Kpis),
        ["Catalogue.CategoryRetired"] = "Input." + nameof(ItemInput.CategoryId),
    };

    [HttpGet]
    public IActionResult NewCategory() => View("CategoryForm", new CategoryForm(null, new CategoryInput()));

    [HttpPost]
    public async Task<IActionResult> NewCategory([Bind(Prefix = "Input")] CategoryInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(() => service.CreateCategoryAsync(input.Code, input.NameZh, input.NameEn, input.SortOrder, cancellationToken)))
        {
            this.Flash(localizer["Catalogue.CategorySaved"]);
            return RedirectToAction("Index", "Catalogue");
        }

        return View("CategoryForm", new CategoryForm(null, input));
    }

    [HttpGet("CatalogueAdmin/Categories/{id:guid}")]
    public async Task<IActionResult> EditCategory(Guid id, CancellationToken cancellationToken)
    {
        var category = await catalogue.CategoryAsync(id, cancellationToken);
        return category is null ? NotFound() : View("CategoryForm", new CategoryForm(id, new CategoryInput
        {
            Code = category.Code, NameZh = category.NameZh, NameEn = category.NameEn, SortOrder = category.SortOrder,
        }));
    }

    [HttpPost("CatalogueAdmin/Categories/{id:guid}")]
    public async Task<IActionResult> EditCategory(Guid id, [Bind(Prefix = "Input")] CategoryInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(() => service.UpdateCategoryAsync(id, input.NameZh, input.NameEn, input.SortOrder, cancellationToken)))
        {
            this.Flash(localizer["Catalogue.CategorySaved"]);
            return RedirectToAction("Index", "Catalogue");
        }

        return View("CategoryForm", new CategoryForm(id, input));
    }

    [HttpPost("CatalogueAdmin/Categories/{id:guid}/Retire")]
    public Task<IActionResult> RetireCategory(Guid id, CancellationToken cancellationToken)
        => ActAsync(() => service.RetireCategoryAsync(id, cancellationToken), "Catalogue.CategoryRetiredDone", RedirectToAction("Index", "Catalogue"));

    [HttpPost("CatalogueAdmin/Categories/{id:guid}/Reinstate")]
    public Task<IActionResult> ReinstateCategory(Guid id, CancellationToken cancellationToken)
        => ActAsync(() => service.ReinstateCategoryAsync(id, cancellationToken), "Catalogue.CategoryReinstated", RedirectToAction("Index", "Catalogue"));

    [HttpGet]
    public async Task<IActionResult> NewItem(Guid? categoryId, CancellationToken cancellationToken)
    {
        var input = new ItemInput { CategoryId = categoryId, EffectiveFrom = catalogue.Today };
        input.PadKpiRows();
        return View("ItemForm", new ItemForm(input, await catalogue.CategoriesAsync(cancellationToken), null, null));
    }

    [HttpPost]
    public async Task<IActionResult> NewItem([Bind(Prefix = "Input")] ItemInput input, CancellationToken cancellationToken)
    {
        Guid id = default;
        if (ModelState.IsValid && await TryAsync(async () => id = await service.CreateItemAsync(input.CategoryId!.Value, input.Code, input.ToTerms(), input.EffectiveFrom!.Value, cancellationToken)))
        {
            this.Flash(localizer["Catalogue.ItemSaved"]);
            return RedirectToAction("Item", "Catalogue", new { id });
        }

        input.PadKpiRows();
        return View("ItemForm", new ItemForm(input, await catalogue.CategoriesAsync(cancellationToken), null, null));
    }

    [HttpGet("CatalogueAdmin/Items/{id:guid}/NewVersion")]
    public async Task<IActionResult> NewVersion(Guid id, CancellationToken cancellationToken)
    {
        if (await catalogue.ItemAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        var latest = detail.History[0];
        var input = new ItemInput { CategoryId = detail.Category.Id, Code = detail.Item.Code, EffectiveFrom = new[] { catalogue.Today, latest.EffectiveFrom.AddDays(1) }.Max() };
        input.CopyFrom(latest);
        input.PadKpiRows();
        return View("ItemForm", new ItemForm(input, await catalogue.CategoriesAsync(cancellationToken), id, latest.Number + 1));
    }

    [HttpPost("CatalogueAdmin/Items/{id:guid}/NewVersion")]
    public async Task<IActionResult> NewVersion(Guid id, [Bind(Prefix = "Input")] ItemInput input, CancellationToken cancellationToken)
    {
        if (await catalogue.ItemAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        // The category and code belong to the item, not to a version: whatever was posted, keep the item's.
        (input.CategoryId, input.Code) = (detail.Category.Id, detail.Item.Code);
        ModelState.Remove("Input." + nameof(input.CategoryId));
        ModelState.Remove("Input." + nameof(input.Code));
        if (ModelState.IsValid && await TryAsync(() => service.AddVersionAsync(id, input.ToTerms(), input.EffectiveFrom!.Value, cancellationToken)))
        {
            this.Flash(localizer["Catalogue.VersionSaved"]);
            return RedirectToAction("Item", "Catalogue", new { id });
        }

        input.PadKpiRows();
        return View("ItemForm", new ItemForm(input, await catalogue.CategoriesAsync(cancellationToken), id, detail.History[0].Number + 1));
    }

    [HttpPost("CatalogueAdmin/Items/{id:guid}/Retire")]
    public Task<IActionResult> RetireItem(Guid id, CancellationToken cancellationToken)
        => ActAsync(() => service.RetireItemAsync(id, cancellationToken), "Catalogue.ItemRetiredDone", RedirectToAction("Item", "Catalogue", new { id }));

    private async Task<bool> TryAsync(Func<Task> change)
    {
        try
        {
            await change();
            return true;
        }
        catch (DomainException refusal)
        {
            ModelState.AddDomainError(refusal, localizer, Fields);
            return false;
        }
    }

    private async Task<IActionResult> ActAsync(Func<Task> change, string doneKey, IActionResult next)
    {
        try
        {
            await change();
            this.Flash(localizer[doneKey]);
        }
        catch (DomainException refusal)
        {
            this.Flash(localizer[refusal.ResourceKey, [.. refusal.Arguments]], FlashKind.Danger);
        }

        return next;
    }
}
