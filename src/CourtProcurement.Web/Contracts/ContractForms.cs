using System.ComponentModel.DataAnnotations;
using CourtProcurement.Application.Contracts;
using CourtProcurement.Domain.Contracts;

namespace CourtProcurement.Web.Contracts;

public sealed class ContractInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Range(0.01, 1_000_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "Contract.UnitPrice")]
    public decimal? UnitPrice { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Contract.PeriodStart")]
    public DateOnly? PeriodStart { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Contract.PeriodEnd")]
    public DateOnly? PeriodEnd { get; set; }

    [Display(Name = "Contract.IsFramework")]
    public bool IsFramework { get; set; }

    /// <summary>Which field each refusal of <see cref="ContractTerms.Validate"/> belongs beside.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["Contract.UnitPriceInvalid"] = "Input." + nameof(UnitPrice),
        ["Contract.UnitPriceAboveAward"] = "Input." + nameof(UnitPrice),
        ["Contract.UnitPriceAboveCeiling"] = "Input." + nameof(UnitPrice),
        ["Contract.PeriodInvalid"] = "Input." + nameof(PeriodEnd),
        ["Contract.PeriodTooLong"] = "Input." + nameof(PeriodEnd),
    };

    public static ContractInput From(ContractTerms terms) => new()
    {
        UnitPrice = terms.UnitPrice,
        PeriodStart = terms.PeriodStart,
        PeriodEnd = terms.PeriodEnd,
        IsFramework = terms.IsFramework,
    };

    public ContractTerms ToTerms() => new(UnitPrice ?? 0, PeriodStart ?? default, PeriodEnd ?? default, IsFramework);
}

public sealed class WorkOrderInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(60, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "WorkOrder.CaseNumber")]
    public string CaseNumber { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(WorkOrder.TextMaxLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "WorkOrder.Description")]
    public string Description { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [Range(0.01, 1_000_000, ErrorMessage = "Validation.Range")]
    [Display(Name = "WorkOrder.Quantity")]
    public decimal? Quantity { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "WorkOrder.DueDate")]
    public DateOnly? DueDate { get; set; }

    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["WorkOrder.CaseNumberInvalid"] = "WorkOrder." + nameof(CaseNumber),
        ["WorkOrder.DescriptionRequired"] = "WorkOrder." + nameof(Description),
        ["WorkOrder.QuantityInvalid"] = "WorkOrder." + nameof(Quantity),
        ["WorkOrder.QuantityAboveContract"] = "WorkOrder." + nameof(Quantity),
        ["WorkOrder.DueDateOutsidePeriod"] = "WorkOrder." + nameof(DueDate),
    };

    public WorkOrderRequest ToRequest() => new(CaseNumber, Description, Quantity ?? 0, DueDate ?? default);
}

public sealed class MemberInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Contract.MemberCourt")]
    public Guid? CourtId { get; set; }
}

public sealed class NoteInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(WorkOrder.TextMaxLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "WorkOrder.DeliveryNote")]
    public string Note { get; set; } = string.Empty;
}
