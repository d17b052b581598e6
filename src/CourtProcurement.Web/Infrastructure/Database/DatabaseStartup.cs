using CourtProcurement.Application.Data;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CourtProcurement.Web.Infrastructure.Database;

public static class DatabaseStartup
{
    /// <summary>Applies pending migrations (the schema comes only from migrations), makes sure the roles exist, and seeds the demo where asked.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateSystemScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<AppDbContext>().Database.MigrateAsync();
        await services.GetRequiredService<RoleSeeder>().SeedAsync();
        await services.GetRequiredService<CatalogueSeeder>().SeedAsync();
        // Demo users exist only in Development (and the test host's "Testing"), whatever the configuration says.
        var demoAllowed = app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Testing");
        if (services.GetRequiredService<IOptions<SeedOptions>>().Value.Demo && demoAllowed)
        {
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync();
            await services.GetRequiredService<DemoProcurement>().SeedAsync();
            await services.GetRequiredService<DemoContracts>().SeedAsync();
        }
    }
}
