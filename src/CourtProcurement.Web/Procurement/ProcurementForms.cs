using System.ComponentModel.DataAnnotations;
using CourtProcurement.Domain.Procurement;

namespace CourtProcurement.Web.Procurement;

public sealed class ReasonInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(2000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Common.Reason")]
    public string Reason { get; set; } = string.Empty;
}

public sealed class AmendInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Amendment.Summary")]
    public string Summary { get; set; } = string.Empty;

    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Amendment.NewDescription")]
    public string? NewDescription { get; set; }

    [Display(Name = "Amendment.NewDeadline")]
    public DateTime? NewDeadline { get; set; }
}

public sealed class AnswerInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Clarification.Answer")]
    public string Text { get; set; } = string.Empty;
}

public sealed class AwardInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Award.Bid")]
    public Guid? BidId { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Award.Reason")]
    public string? Reason { get; set; }
}

public sealed class ChallengeAnswerInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Challenge.Outcome")]
    public bool? Upheld { get; set; }

    [Display(Name = "Challenge.Remedy")]
    public ChallengeRemedy? Remedy { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Challenge.Answer")]
    public string Answer { get; set; } = string.Empty;
}

public sealed class PanelInput
{
    [Display(Name = "Panel.Members")]
    public List<string> UserIds { get; set; } = [];
}
