using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CourtProcurement.Web.Infrastructure.Localization;

/// <summary>Simplified Chinese by default, English on request; the choice lives in a cookie.</summary>
public static class LocalizationSetup
{
    public const string Chinese = "zh-Hans";
    public const string English = "en";

    public static readonly IReadOnlyList<CultureInfo> SupportedCultures = [new(Chinese), new(English)];

    public static IApplicationBuilder UseAppLocalization(this IApplicationBuilder app)
        => app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Chinese);
            options.SupportedCultures = [.. SupportedCultures];
            options.SupportedUICultures = [.. SupportedCultures];
            // The browser's language does not decide: courts expect Chinese unless the user switches.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
}
