using CourtProcurement.Web.Infrastructure.Database;
using CourtProcurement.Web.Infrastructure.Localization;
using CourtProcurement.Web.Infrastructure.Logging;
using CourtProcurement.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CourtProcurement.Web.Infrastructure;

public static class Pipeline
{
    public static IServiceCollection AddAppHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<MigrationsHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>The request pipeline, in the order each step needs the previous one.</summary>
    public static WebApplication UseAppPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();

        // Friendly pages with a request id, never a stack trace, in every environment but Development.
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseStaticFiles();
        app.UseCookiePolicy();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAppLocalization();
        app.UseAuthentication();
        // After localization and sign-in: the cache key holds the language, and signed-in requests bypass it.
        app.UseOutputCache();
        app.UseRequestLogScope();
        app.UseAuthorization();

        // Liveness answers without touching anything; readiness checks the database and its migrations.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }
}
