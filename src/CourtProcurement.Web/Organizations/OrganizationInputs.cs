using System.ComponentModel.DataAnnotations;
using CourtProcurement.Domain.Organizations;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Organizations;

/// <summary>A unified social credit code with a correct GB 32100-2015 check character.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CreditCodeAttribute : ValidationAttribute
{
    public CreditCodeAttribute()
        : base("Organization.CreditCodeInvalid")
    {
    }

    public override bool IsValid(object? value) => value is null || UnifiedSocialCreditCode.IsValid(value as string);

    // MVC localizes only the built-in attributes' messages; this one asks the localizer itself.
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (IsValid(value))
        {
            return ValidationResult.Success;
        }

        var localizer = validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer;
        return new ValidationResult(localizer?[ErrorMessageString] ?? ErrorMessageString, validationContext.MemberName is { } member ? [member] : null);
    }
}

public class OrganizationProfileInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Organization.Name")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [CreditCode(ErrorMessage = "Organization.CreditCodeInvalid")]
    [Display(Name = "Organization.CreditCode")]
    public string CreditCode { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Organization.LegalForm")]
    public LegalForm? LegalForm { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(50, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Organization.LegalRepresentative")]
    public string LegalRepresentative { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(50, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Organization.ContactPerson")]
    public string ContactPerson { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression(@"^[0-9+\-() ]{7,30}$", ErrorMessage = "Validation.Phone")]
    [Display(Name = "Organization.ContactPhone")]
    public string ContactPhone { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Organization.ContactEmail")]
    public string ContactEmail { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Organization.Address")]
    public string Address { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(500, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Organization.Regions")]
    public string Regions { get; set; } = string.Empty;

    [MinLength(1, ErrorMessage = "Organization.CategoriesRequired")]
    [Display(Name = "Organization.Categories")]
    public List<Guid> CategoryIds { get; set; } = [];

    public OrganizationProfile ToProfile() => new(
        Name, CreditCode, LegalForm!.Value, LegalRepresentative, ContactPerson, ContactPhone, ContactEmail, Address,
        Regions.Split([',', '，', '、', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), CategoryIds);

    public void CopyFrom(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        (Name, CreditCode, LegalForm, LegalRepresentative) = (organization.Name, organization.CreditCode, organization.LegalForm, organization.LegalRepresentative);
        (ContactPerson, ContactPhone, ContactEmail, Address) = (organization.ContactPerson, organization.ContactPhone, organization.ContactEmail, organization.Address);
        Regions = string.Join("、", organization.Regions);
        CategoryIds = [.. organization.CategoryIds];
    }
}

public sealed class RegistrationInput : OrganizationProfileInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(64, MinimumLength = 3, ErrorMessage = "Validation.Length")]
    [RegularExpression("^[A-Za-z0-9._@+-]+$", ErrorMessage = "Registration.UserNameFormat")]
    [Display(Name = "Person.UserName")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Person.Name")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Person.Email")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Password")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "Account.PasswordsDiffer")]
    [Display(Name = "Account.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ProfileEditInput : OrganizationProfileInput
{
    public Guid Version { get; set; }
}

public sealed class ReturnInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(2000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Vetting.ReturnReason")]
    public string Reason { get; set; } = string.Empty;
}
