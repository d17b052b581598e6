using CourtProcurement.Web.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;
using CourtProcurement.Application.Catalogue;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Organizations;
using CourtProcurement.Domain.Common;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Organizations;

/// <summary>An organization registers itself and its first administrator, then waits for vetting.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class RegistrationController(
    OrganizationRegistration registration,
    CatalogueQueries catalogue,
    SignInManager<AppUser> signIn,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private static readonly Dictionary<string, string> IdentityFields = new(StringComparer.Ordinal)
    {
        [nameof(IdentityErrorDescriber.DuplicateUserName)] = nameof(RegistrationInput.UserName),
        [nameof(IdentityErrorDescriber.InvalidUserName)] = nameof(RegistrationInput.UserName),
        [nameof(IdentityErrorDescriber.DuplicateEmail)] = nameof(RegistrationInput.Email),
        [nameof(IdentityErrorDescriber.InvalidEmail)] = nameof(RegistrationInput.Email),
    };

    [HttpGet("Register")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
        => await FormAsync(new RegistrationInput(), cancellationToken);

    [HttpPost("Register")]
    public async Task<IActionResult> Index(RegistrationInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await FormAsync(input, cancellationToken);
        }

        try
        {
            var result = await registration.RegisterAsync(input.ToProfile(),
                new FirstAdministrator(input.UserName, input.DisplayName, input.Email, input.Password), cancellationToken);
            if (result.Succeeded)
            {
                await signIn.SignInAsync(result.Administrator!, isPersistent: false);
                this.Flash(localizer["Registration.Done"]);
                return RedirectToAction("Index", "Organization");
            }

            foreach (var error in result.AccountErrors)
            {
                var field = IdentityFields.GetValueOrDefault(error.Code, error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(RegistrationInput.Password) : string.Empty);
                ModelState.AddModelError(field, error.Description);
            }
        }
        catch (DomainException refusal)
        {
            ModelState.AddDomainError(refusal, localizer, OrganizationForms.Fields);
        }

        return await FormAsync(input, cancellationToken);
    }

    private async Task<IActionResult> FormAsync(RegistrationInput input, CancellationToken cancellationToken)
    {
        input.Password = input.ConfirmPassword = string.Empty;
        ViewData[OrganizationForms.CategoriesKey] = await catalogue.CategoriesAsync(cancellationToken);
        return View("Register", input);
    }
}

internal static class OrganizationForms
{
    public const string CategoriesKey = "Categories";

    /// <summary>Where a domain refusal about an organization's details shows on the form.</summary>
    public static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Organization.CreditCodeTaken"] = nameof(OrganizationProfileInput.CreditCode),
        ["Organization.CreditCodeInvalid"] = nameof(OrganizationProfileInput.CreditCode),
        ["Organization.RegionsRequired"] = nameof(OrganizationProfileInput.Regions),
        ["Organization.CategoriesRequired"] = nameof(OrganizationProfileInput.CategoryIds),
    };
}
