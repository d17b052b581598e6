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

    public static (string Message, string Kind)? Read(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData[MessageKey] is string message ? (message, tempData[KindKey] as string ?? "success") : null;
    }
}
