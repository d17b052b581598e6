using System.ComponentModel.DataAnnotations;
using CourtProcurement.Domain.Catalogue;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Catalogue;

public sealed class CategoryInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(50, ErrorMessage = "Validation.TooLong")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Catalogue.CodeFormat")]
    [Display(Name = "Catalogue.Code")]
    public string Code { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Catalogue.NameZh")]
    public string NameZh { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Catalogue.NameEn")]
    public string NameEn { get; set; } = string.Empty;

    [Range(0, 10_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Catalogue.SortOrder")]
    public int SortOrder { get; set; }
}

public sealed class KpiInput
{
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Kpi.Name")]
    public string? Name { get; set; }

    [Display(Name = "Kpi.Metric")]
    public KpiMetric? Metric { get; set; }

    [Display(Name = "Kpi.Direction")]
    public KpiDirection? Direction { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Kpi.Target")]
    public decimal? Target { get; set; }

    [Range(0.01, 100, ErrorMessage = "Validation.Range")]
    [Display(Name = "Kpi.Weight")]
    public decimal? Weight { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Metric is null && Direction is null && Target is null && Weight is null;
}

/// <summary>The terms of one version, as typed: names, unit, price range, qualifications, KPI rows.</summary>
public class ItemTermsInput : IValidatableObject
{
    public const int KpiRows = 6;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Catalogue.NameZh")]
    public string NameZh { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Catalogue.NameEn")]
    public string NameEn { get; set; } = string.Empty;

    [StringLength(2000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Catalogue.Description")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Catalogue.Unit")]
    public ServiceUnit? Unit { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(0, 10_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Catalogue.PriceMin")]
    public decimal? GuidancePriceMin { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(0.01, 10_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Catalogue.PriceMax")]
    public decimal? GuidancePriceMax { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Catalogue.EffectiveFrom")]
    public DateOnly? EffectiveFrom { get; set; }

    [Display(Name = "Catalogue.Qualifications")]
    public List<QualificationKind> Qualifications { get; set; } = [];

    public List<KpiInput> Kpis { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var localizer = validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer;
        string Text(string key) => localizer?[key] ?? key;
        if (GuidancePriceMin > GuidancePriceMax)
        {
            yield return new ValidationResult(Text("Catalogue.PriceRange"), [nameof(GuidancePriceMax)]);
        }

        for (var i = 0; i < Kpis.Count; i++)
        {
            var row = Kpis[i];
            if (!row.IsBlank && (string.IsNullOrWhiteSpace(row.Name) || row.Metric is null || row.Direction is null || row.Target is null || row.Weight is null))
            {
                yield return new ValidationResult(Text("Kpi.RowIncomplete"), [$"{nameof(Kpis)}[{i}]"]);
            }
        }

        var filled = Kpis.Where(k => !k.IsBlank).ToList();
        if (filled.Count == 0 || filled.Sum(k => k.Weight ?? 0) != 100m)
        {
            yield return new ValidationResult(Text("Catalogue.KpiWeightsSum"), [nameof(Kpis)]);
        }
    }

    /// <summary>Pads the KPI rows so that the form always offers <see cref="KpiRows"/> lines.</summary>
    public void PadKpiRows()
    {
        while (Kpis.Count < KpiRows)
        {
            Kpis.Add(new KpiInput());
        }
    }

    public CatalogueItemTerms ToTerms() => new(
        NameZh, NameEn, Description, Unit!.Value, GuidancePriceMin!.Value, GuidancePriceMax!.Value, Qualifications,
        [.. Kpis.Where(k => !k.IsBlank).Select(k => new Kpi(k.Name!, k.Metric!.Value, k.Direction!.Value, k.Target!.Value, k.Weight!.Value))]);

    public void CopyFrom(CatalogueItemVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        (NameZh, NameEn, Description, Unit) = (version.NameZh, version.NameEn, version.Description, version.Unit);
        (GuidancePriceMin, GuidancePriceMax) = (version.GuidancePriceMin, version.GuidancePriceMax);
        Qualifications = [.. version.RequiredQualifications];
        Kpis = [.. version.Kpis.Select(k => new KpiInput { Name = k.Name, Metric = k.Metric, Direction = k.Direction, Target = k.Target, Weight = k.Weight })];
    }
}

public sealed class ItemInput : ItemTermsInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Catalogue.Category")]
    public Guid? CategoryId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(50, ErrorMessage = "Validation.TooLong")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Catalogue.CodeFormat")]
    [Display(Name = "Catalogue.Code")]
    public string Code { get; set; } = string.Empty;
}
