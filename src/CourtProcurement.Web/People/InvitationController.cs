using CourtProcurement.Web.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;
using System.ComponentModel.DataAnnotations;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.People;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.People;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.People;

public sealed class AcceptInput
{
    public string Token { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(64, MinimumLength = 3, ErrorMessage = "Validation.Length")]
    [RegularExpression("^[A-Za-z0-9._@+-]+$", ErrorMessage = "Registration.UserNameFormat")]
    [Display(Name = "Person.UserName")]
    public string UserName { get; set; } = string.Empty;

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

public sealed record AcceptPage(InvitationView Invitation, AcceptInput Input);

/// <summary>The page an invitation link opens: the person chooses a user name and password, once.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class InvitationController(Application.People.People people, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Accept(string? token, CancellationToken cancellationToken)
    {
        var invitation = await people.FindByTokenAsync(token ?? string.Empty, cancellationToken);
        return invitation is { State: InvitationState.Pending }
            ? View(new AcceptPage(invitation, new AcceptInput { Token = token! }))
            : View("Unusable");
    }

    [HttpPost]
    public async Task<IActionResult> Accept([Bind(Prefix = "Input")] AcceptInput input, CancellationToken cancellationToken)
    {
        var invitation = await people.FindByTokenAsync(input.Token, cancellationToken);
        if (invitation is not { State: InvitationState.Pending })
        {
            return View("Unusable");
        }

        if (ModelState.IsValid)
        {
            try
            {
                var result = await people.AcceptAsync(input.Token, input.UserName, input.Password, cancellationToken);
                if (result.User is { } user)
                {
                    await signIn.SignInAsync(user, isPersistent: false);
                    this.Flash(localizer["Invitation.Welcome", invitation.JoinsName]);
                    return RedirectToAction("Index", "Home");
                }

                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : error.Code.Contains("UserName", StringComparison.Ordinal) ? "Input.UserName" : string.Empty, error.Description);
                }
            }
            catch (DomainException refusal)
            {
                ModelState.AddDomainError(refusal, localizer);
            }
        }

        input.Password = input.ConfirmPassword = string.Empty;
        return View(new AcceptPage(invitation, input));
    }
}
