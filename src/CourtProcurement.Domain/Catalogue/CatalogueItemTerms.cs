using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Catalogue;

/// <summary>
/// What one version of a catalogue item says: names, unit, guidance price range per unit, the
/// qualifications a provider must hold, and the KPIs its work is measured by.
/// </summary>
public sealed record CatalogueItemTerms
{
    public CatalogueItemTerms(
        string nameZh, string nameEn, string? description, ServiceUnit unit, decimal guidancePriceMin, decimal guidancePriceMax,
        IReadOnlyCollection<QualificationKind> requiredQualifications, IReadOnlyList<Kpi> kpis)
    {
        ArgumentNullException.ThrowIfNull(requiredQualifications);
        ArgumentNullException.ThrowIfNull(kpis);
        NameZh = Guard.Required(nameZh, "Catalogue.NameZhRequired", 100);
        NameEn = Guard.Required(nameEn, "Catalogue.NameEnRequired", 100);
        Description = string.IsNullOrWhiteSpace(description) ? null : Guard.Required(description, "Catalogue.DescriptionRequired", 2000);
        Unit = Enum.IsDefined(unit) ? unit : throw new DomainException("Catalogue.UnitRequired");
        if (guidancePriceMin < 0 || guidancePriceMax <= 0 || guidancePriceMin > guidancePriceMax)
        {
            throw new DomainException("Catalogue.PriceRange");
        }

        if (kpis.Count == 0 || kpis.Sum(k => k.Weight) != 100m)
        {
            throw new DomainException("Catalogue.KpiWeightsSum");
        }

        if (kpis.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count() != kpis.Count)
        {
            throw new DomainException("Catalogue.KpiNamesUnique");
        }

        GuidancePriceMin = decimal.Round(guidancePriceMin, 2);
        GuidancePriceMax = decimal.Round(guidancePriceMax, 2);
        RequiredQualifications = [.. requiredQualifications.Distinct().Order()];
        Kpis = [.. kpis];
    }

    public string NameZh { get; }

    public string NameEn { get; }

    public string? Description { get; }

    public ServiceUnit Unit { get; }

    public decimal GuidancePriceMin { get; }

    public decimal GuidancePriceMax { get; }

    public IReadOnlyList<QualificationKind> RequiredQualifications { get; }

    public IReadOnlyList<Kpi> Kpis { get; }
}
