using CourtProcurement.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.Shared;

/// <summary>The language switch on every page; the choice is remembered for a year in a cookie.</summary>
[AllowAnonymous]
public sealed class CultureController(TimeProvider clock) : Controller
{
    [HttpPost]
    public IActionResult Set(string culture, string? returnUrl) => Remember(culture, returnUrl);

    /// <summary>
    /// The same switch as a link, on the public pages that carry no form token (so that they can be cached).
    /// Only a language preference changes: nothing worth a forged request.
    /// </summary>
    [HttpGet]
    public IActionResult Switch(string culture, string? returnUrl) => Remember(culture, returnUrl);

    private IActionResult Remember(string culture, string? returnUrl)
    {
        if (LocalizationSetup.SupportedCultures.Any(c => c.Name == culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
