using CourtProcurement.Application.Data;
using CourtProcurement.Application.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CourtProcurement.Web.Infrastructure.Database;

public static class DatabaseStartup
{
    /// <summary>Applies pending migrations (never EnsureCreated), makes sure the roles exist, and seeds the demo where asked.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<AppDbContext>().Database.MigrateAsync();
        await services.GetRequiredService<RoleSeeder>().SeedAsync();
        await services.GetRequiredService<CatalogueSeeder>().SeedAsync();
        // Demo users never exist in Production, whatever the configuration says.
        if (services.GetRequiredService<IOptions<SeedOptions>>().Value.Demo && !app.Environment.IsProduction())
        {
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }
    }
}
