using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace CourtProcurement.Web.Infrastructure.Mvc;

public static class MvcSetup
{
    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddControllersWithViews(options =>
            {
                // Every unsafe request must carry the antiforgery token, whatever the action says.
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // Show every mistake at once: form-level rules run even when a field is already wrong.
                options.ValidateComplexTypesIfChildValidationFails = true;
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
        services.Configure<RazorViewEngineOptions>(options => options.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));

        // Razor would otherwise write every Chinese character as an entity; UTF-8 is still HTML-safe.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }
}
