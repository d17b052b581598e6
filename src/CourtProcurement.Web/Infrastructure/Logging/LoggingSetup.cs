using System.Security.Claims;
using CourtProcurement.Application.Identity;
using Serilog;
using Serilog.Context;

namespace CourtProcurement.Web.Infrastructure.Logging;

public static class LoggingSetup
{
    /// <summary>Serilog from the <c>Serilog</c> configuration section (console and a rolling JSON file).</summary>
    public static IServiceCollection AddAppLogging(this IServiceCollection services)
        => services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(provider.GetRequiredService<IConfiguration>())
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext());

    /// <summary>Request logging, with the user and their court or organization on every event of the request.</summary>
    public static IApplicationBuilder UseRequestLogScope(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            var user = context.User;
            using (LogContext.PushProperty("UserName", user.Identity?.IsAuthenticated == true ? user.Identity.Name : null))
            using (LogContext.PushProperty("CourtId", user.FindFirstValue(AppClaimTypes.CourtId)))
            using (LogContext.PushProperty("OrganizationId", user.FindFirstValue(AppClaimTypes.OrganizationId)))
            {
                await next(context);
            }
        });
        return app.UseSerilogRequestLogging(options => options.EnrichDiagnosticContext = (diagnostics, context) =>
        {
            diagnostics.Set("UserName", context.User.Identity?.Name);
            diagnostics.Set("CourtId", context.User.FindFirstValue(AppClaimTypes.CourtId));
            diagnostics.Set("OrganizationId", context.User.FindFirstValue(AppClaimTypes.OrganizationId));
        });
    }
}
