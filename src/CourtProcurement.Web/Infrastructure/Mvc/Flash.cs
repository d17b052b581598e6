using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CourtProcurement.Web.Infrastructure.Mvc;

public enum FlashKind
{
    Success,
    Warning,
    Danger,
}

/// <summary>A one-time message shown on the page a Post/Redirect/Get lands on.</summary>
public static class FlashMessages
{
    private const string MessageKey = "flash.message";
    private const string KindKey = "flash.kind";

    public static void Flash(this Controller controller, string message, FlashKind kind = FlashKind.Success)
    {
        ArgumentNullException.ThrowIfNull(controller);
        controller.TempData[MessageKey] = message;
        controller.TempData[KindKey] = kind.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// The message waiting for this request, if its TempData cookie came with it. Without one, TempData is
    /// not touched at all: loading it makes the response delete the cookie, and a response that sets a
    /// cookie is neither kept by the output cache nor by a proxy.
    /// </summary>
    public static (string Message, string Kind)? Read(ITempDataDictionary tempData, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Cookies.ContainsKey(CookieTempDataProvider.CookieName))
        {
            return null;
        }

        return tempData[MessageKey] is string message ? (message, tempData[KindKey] as string ?? "success") : null;
    }
}
