using System.Globalization;
using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Catalogue;

/// <summary>
/// A purchasable service of the platform-wide catalogue, e.g. "direct service of process, per document".
/// Its terms live in versions: a change is a new version from an effective date, and the whole history
/// stays visible.
/// </summary>
public sealed class CatalogueItem : Entity
{
    private readonly List<CatalogueItemVersion> _versions = [];

    private CatalogueItem()
    {
        Code = string.Empty;
    }

    public Guid CategoryId { get; private set; }

    /// <summary>A stable, readable key, e.g. <c>sop-direct</c>.</summary>
    public string Code { get; private set; }

    public bool IsRetired { get; private set; }

    public IReadOnlyList<CatalogueItemVersion> Versions => _versions;

    public CatalogueItemVersion LatestVersion => _versions.MaxBy(v => v.Number) ?? throw new InvalidOperationException("An item without versions.");

    public static CatalogueItem Create(ServiceCategory category, string code, CatalogueItemTerms terms, DateOnly effectiveFrom, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(terms);
        if (category.IsRetired)
        {
            throw new DomainException("Catalogue.CategoryRetired");
        }

        var item = new CatalogueItem { CategoryId = category.Id, Code = CatalogueRules.Code(code) };
        item._versions.Add(CatalogueItemVersion.Create(item.Id, 1, effectiveFrom, terms, now));
        item.Record("CatalogueItem.Created", null, "Version 1", Summary(item.Code, terms, effectiveFrom));
        return item;
    }

    /// <summary>Adds the next version. It cannot take effect in the past, nor before the latest version.</summary>
    public CatalogueItemVersion AddVersion(CatalogueItemTerms terms, DateOnly effectiveFrom, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (IsRetired)
        {
            throw new DomainException("Catalogue.ItemRetired");
        }

        var latest = LatestVersion;
        if (effectiveFrom < today || effectiveFrom <= latest.EffectiveFrom)
        {
            throw new DomainException("Catalogue.EffectiveDateTooEarly", latest.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var version = CatalogueItemVersion.Create(Id, latest.Number + 1, effectiveFrom, terms, now);
        _versions.Add(version);
        Record("CatalogueItem.VersionAdded", $"Version {latest.Number}", $"Version {version.Number}", Summary(Code, terms, effectiveFrom));
        return version;
    }

    /// <summary>The version in force on a day, or none if the item had not started yet.</summary>
    public CatalogueItemVersion? VersionOn(DateOnly day)
        => _versions.Where(v => v.EffectiveFrom <= day).MaxBy(v => v.EffectiveFrom);

    public void Retire()
    {
        if (IsRetired)
        {
            throw new DomainException("Catalogue.ItemRetired");
        }

        IsRetired = true;
        Record("CatalogueItem.Retired", "Active", "Retired");
    }

    private static Dictionary<string, string?> Summary(string code, CatalogueItemTerms terms, DateOnly effectiveFrom) => new()
    {
        ["code"] = code,
        ["nameZh"] = terms.NameZh,
        ["unit"] = terms.Unit.ToString(),
        ["price"] = string.Create(CultureInfo.InvariantCulture, $"{terms.GuidancePriceMin:0.00}-{terms.GuidancePriceMax:0.00}"),
        ["effectiveFrom"] = effectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
