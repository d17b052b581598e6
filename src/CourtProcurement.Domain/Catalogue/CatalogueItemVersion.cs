using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Catalogue;

/// <summary>
/// One version of a catalogue item, in force from its effective date until the next version's. Versions
/// never change: a service need or contract keeps the version it was made under.
/// </summary>
public sealed class CatalogueItemVersion : Entity
{
    private List<QualificationKind> _requiredQualifications = [];
    private List<Kpi> _kpis = [];

    private CatalogueItemVersion()
    {
        NameZh = string.Empty;
        NameEn = string.Empty;
    }

    public Guid ItemId { get; private set; }

    /// <summary>1 for the first version, then 2, 3, ...</summary>
    public int Number { get; private set; }

    /// <summary>The first day (China Standard Time) this version applies to new needs and contracts.</summary>
    public DateOnly EffectiveFrom { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string NameZh { get; private set; }

    public string NameEn { get; private set; }

    public string? Description { get; private set; }

    public ServiceUnit Unit { get; private set; }

    public decimal GuidancePriceMin { get; private set; }

    public decimal GuidancePriceMax { get; private set; }

    public IReadOnlyList<QualificationKind> RequiredQualifications => _requiredQualifications;

    public IReadOnlyList<Kpi> Kpis => _kpis;

    internal static CatalogueItemVersion Create(Guid itemId, int number, DateOnly effectiveFrom, CatalogueItemTerms terms, DateTimeOffset now) => new()
    {
        ItemId = itemId,
        Number = number,
        EffectiveFrom = effectiveFrom,
        CreatedAt = now,
        NameZh = terms.NameZh,
        NameEn = terms.NameEn,
        Description = terms.Description,
        Unit = terms.Unit,
        GuidancePriceMin = terms.GuidancePriceMin,
        GuidancePriceMax = terms.GuidancePriceMax,
        _requiredQualifications = [.. terms.RequiredQualifications],
        _kpis = [.. terms.Kpis],
    };

    public CatalogueItemTerms Terms => new(NameZh, NameEn, Description, Unit, GuidancePriceMin, GuidancePriceMax, _requiredQualifications, _kpis);
}
