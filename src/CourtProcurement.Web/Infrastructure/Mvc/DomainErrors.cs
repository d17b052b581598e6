using CourtProcurement.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Infrastructure.Mvc;

public static class DomainErrors
{
    /// <summary>
    /// Shows a domain refusal beside the field it concerns (or above the form), in the user's language,
    /// so that the form can be redisplayed with everything the user typed.
    /// </summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException refusal, IStringLocalizer localizer, IReadOnlyDictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(localizer);
        var field = fields is not null && fields.TryGetValue(refusal.ResourceKey, out var name) ? name : string.Empty;
        modelState.AddModelError(field, localizer[refusal.ResourceKey, [.. refusal.Arguments]]);
    }
}
