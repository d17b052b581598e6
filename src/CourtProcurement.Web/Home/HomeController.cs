using CourtProcurement.Application.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.Home;

/// <summary>The front door: the public welcome page, or the signed-in user's own home page.</summary>
[AllowAnonymous]
public sealed class HomeController : Controller
{
    [HttpGet]
    public IActionResult Index()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return View();
        }

        return User switch
        {
            var u when u.IsInRole(AppRoles.PlatformAdmin) => RedirectToAction("Index", "Platform"),
            var u when u.IsInRole(AppRoles.CourtAdmin) || u.IsInRole(AppRoles.Judge) => RedirectToAction("Index", "Court"),
            var u when u.IsInRole(AppRoles.OrganizationMember) => RedirectToAction("Index", "Organization"),
            _ => View(),
        };
    }
}
