using CourtProcurement.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Infrastructure.Mvc;

/// <summary>Running a use case from a form: its refusal becomes an error the page shows beside the field.</summary>
public static class DomainRefusals
{
    /// <summary>The key under which "not found (or not yours)" is recorded, so that the action answers 404.</summary>
    public const string NotFoundKey = "NotFound";

    /// <summary>
    /// Runs <paramref name="action"/>. A refusal goes beside the field <paramref name="fields"/> maps its key
    /// to (or <paramref name="field"/>); "Common.NotFound" is recorded under <see cref="NotFoundKey"/>.
    /// </summary>
    public static async Task<T?> TryAsync<T>(this ModelStateDictionary modelState, IStringLocalizer localizer, Func<Task<T>> action,
        IReadOnlyDictionary<string, string>? fields, string field = "")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action();
        }
        catch (DomainException refusal) when (refusal.ResourceKey == "Common.NotFound")
        {
            modelState.AddModelError(NotFoundKey, localizer[refusal.ResourceKey]);
        }
        catch (DomainException refusal)
        {
            modelState.AddDomainError(refusal, localizer, fields ?? new Dictionary<string, string> { [refusal.ResourceKey] = field });
        }

        return default;
    }
}
