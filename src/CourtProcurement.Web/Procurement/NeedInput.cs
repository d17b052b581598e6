using System.ComponentModel.DataAnnotations;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;

namespace CourtProcurement.Web.Procurement;

public sealed class CriterionInput
{
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    public string? Name { get; set; }

    [Range(0, 100, ErrorMessage = "Validation.Range")]
    public decimal? MaxScore { get; set; }
}

/// <summary>The need form: what a court administrator types; <see cref="ToTerms"/> lets the domain decide what is valid.</summary>
public sealed class NeedInput
{
    public const int CriterionRows = 5;

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Need.CatalogueItem")]
    public Guid? CatalogueItemId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Need.Title")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Need.Description")]
    public string Description { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [Range(0.01, 100_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Need.Quantity")]
    public decimal? Quantity { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(0.01, 1_000_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Need.BudgetCeiling")]
    public decimal? BudgetCeiling { get; set; }

    [Range(0.01, 1_000_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Need.UnitPriceCeiling")]
    public decimal? UnitPriceCeiling { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Need.ServiceStart")]
    public DateOnly? ServiceStart { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Need.ServiceEnd")]
    public DateOnly? ServiceEnd { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Need.Place")]
    public string Place { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Need.Method")]
    public ProcurementMethod? Method { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Need.EvaluationMethod")]
    public EvaluationMethod? EvaluationMethod { get; set; }

    [Range(0, 100, ErrorMessage = "Validation.Range")]
    [Display(Name = "Need.PriceWeight")]
    public int PriceWeight { get; set; } = 30;

    public List<CriterionInput> Criteria { get; set; } = [];

    [StringLength(2000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Need.QualificationNotes")]
    public string? QualificationNotes { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Need.BidDeadline")]
    public DateTime? BidDeadline { get; set; }

    [Display(Name = "Need.OpeningTime")]
    public DateTime? OpeningTime { get; set; }

    [Display(Name = "Need.DualOpening")]
    public bool DualOpeningConfirmation { get; set; }

    [Display(Name = "Need.ProposalRequired")]
    public bool ProposalDocumentRequired { get; set; } = true;

    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Need.Justification")]
    public string? SingleSourceJustification { get; set; }

    [Display(Name = "Need.Invited")]
    public List<Guid> InvitedOrganizationIds { get; set; } = [];

    /// <summary>Where each refusal of the domain is shown.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["Need.TitleRequired"] = "Input.Title",
        ["Need.DescriptionRequired"] = "Input.Description",
        ["Need.PlaceRequired"] = "Input.Place",
        ["Need.QuantityPositive"] = "Input.Quantity",
        ["Need.BudgetPositive"] = "Input.BudgetCeiling",
        ["Need.UnitCeilingPositive"] = "Input.UnitPriceCeiling",
        ["Need.ServicePeriodOrder"] = "Input.ServiceEnd",
        ["Need.MethodRequired"] = "Input.Method",
        ["Need.EvaluationMethodRequired"] = "Input.EvaluationMethod",
        ["Need.PriceWeightRange"] = "Input.PriceWeight",
        ["Need.CriteriaRequired"] = "Input.Criteria",
        ["Need.ScoresSumTo100"] = "Input.Criteria",
        ["Need.OpeningBeforeDeadline"] = "Input.OpeningTime",
        ["Need.DeadlineTooSoon"] = "Input.BidDeadline",
        ["Need.JustificationRequired"] = "Input.SingleSourceJustification",
        ["Need.SingleSourceNamesOne"] = "Input.InvitedOrganizationIds",
        ["Need.TooFewInvited"] = "Input.InvitedOrganizationIds",
        ["Need.InviteeNotVerified"] = "Input.InvitedOrganizationIds",
        ["Need.ItemRequired"] = "Input.CatalogueItemId",
        ["Need.ItemNotInForce"] = "Input.CatalogueItemId",
    };

    public NeedTerms ToTerms()
    {
        var deadline = ChinaTime.FromLocal(BidDeadline!.Value);
        var opening = OpeningTime is { } time ? ChinaTime.FromLocal(time) : deadline;
        var criteria = Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Name) || c.MaxScore is not null)
            .Select(c => new TechnicalCriterion(c.Name ?? string.Empty, c.MaxScore ?? 0)).ToList();
        return new NeedTerms(Title, Description, Quantity!.Value, BudgetCeiling!.Value, UnitPriceCeiling, ServiceStart!.Value, ServiceEnd!.Value, Place,
            Method!.Value, EvaluationMethod!.Value, PriceWeight, criteria, QualificationNotes, deadline, opening, DualOpeningConfirmation,
            ProposalDocumentRequired, SingleSourceJustification, Method == ProcurementMethod.InvitedTender || Method == ProcurementMethod.SingleSource ? InvitedOrganizationIds : []);
    }

    public static NeedInput From(ServiceNeed need)
    {
        ArgumentNullException.ThrowIfNull(need);
        var input = new NeedInput
        {
            CatalogueItemId = need.CatalogueItemId, Title = need.Title, Description = need.Description, Quantity = need.Quantity,
            BudgetCeiling = need.BudgetCeiling, UnitPriceCeiling = need.UnitPriceCeiling, ServiceStart = need.ServiceStart, ServiceEnd = need.ServiceEnd,
            Place = need.Place, Method = need.Method, EvaluationMethod = need.EvaluationMethod, PriceWeight = need.PriceWeight,
            Criteria = [.. need.Criteria.Select(c => new CriterionInput { Name = c.Name, MaxScore = c.MaxScore })],
            QualificationNotes = need.QualificationNotes, BidDeadline = ChinaTime.ToChinaTime(need.BidDeadline).DateTime,
            OpeningTime = ChinaTime.ToChinaTime(need.OpeningTime).DateTime, DualOpeningConfirmation = need.DualOpeningConfirmation,
            ProposalDocumentRequired = need.ProposalDocumentRequired, SingleSourceJustification = need.SingleSourceJustification,
            InvitedOrganizationIds = [.. need.InvitedOrganizationIds],
        };
        return input.Padded();
    }

    /// <summary>Always shows the same number of criterion rows.</summary>
    public NeedInput Padded()
    {
        while (Criteria.Count < CriterionRows)
        {
            Criteria.Add(new CriterionInput());
        }

        return this;
    }
}
