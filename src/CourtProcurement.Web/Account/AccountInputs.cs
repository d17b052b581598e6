using System.ComponentModel.DataAnnotations;

namespace CourtProcurement.Web.Account;

public sealed class LoginInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(256, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.UserNameOrEmail")]
    public string UserNameOrEmail { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.Password")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Account.RememberMe")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class TwoFactorInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "TwoFactor.CodeFormat")]
    [Display(Name = "TwoFactor.Code")]
    public string Code { get; set; } = string.Empty;

    [Display(Name = "TwoFactor.RememberMachine")]
    public bool RememberMachine { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(32, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "TwoFactor.RecoveryCode")]
    public string RecoveryCode { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.CurrentPassword")]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Account.NewPassword")]
    public string NewPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "Account.PasswordsDiffer")]
    [Display(Name = "Account.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class EnableAuthenticatorInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "TwoFactor.CodeFormat")]
    [Display(Name = "TwoFactor.Code")]
    public string Code { get; set; } = string.Empty;
}
