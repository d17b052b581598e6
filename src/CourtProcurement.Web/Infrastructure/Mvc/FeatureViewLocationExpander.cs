using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace CourtProcurement.Web.Infrastructure.Mvc;

/// <summary>
/// Views live beside their controller: <c>CourtProcurement.Web.Account.AccountController</c> finds
/// <c>/Account/Views/Account/Login.cshtml</c> or <c>/Account/Views/Login.cshtml</c>; shared views are in
/// <c>/Shared/Views</c>.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            var ns = action.ControllerTypeInfo.Namespace ?? string.Empty;
            context.Values[FeatureKey] = ns[(ns.LastIndexOf('.') + 1)..];
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureKey, out var feature) && !string.IsNullOrEmpty(feature))
        {
            yield return $"/{feature}/Views/{{1}}/{{0}}.cshtml";
            yield return $"/{feature}/Views/{{0}}.cshtml";
        }

        yield return "/Shared/Views/{0}.cshtml";
    }
}
