using CourtProcurement.Application.Data;
using CourtProcurement.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CourtProcurement.Web.Tests.Infrastructure;

/// <summary>
/// The whole portal in memory, on its own SQLite file with the demo data, in a non-Development
/// environment (so that error pages, secure cookies and the rest behave as in production).
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Test#Demo2026";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"cp-web-{Guid.NewGuid():N}");

    /// <summary>Tests sign in many times from one address; the rate limit has its own test.</summary>
    protected virtual int SignInAttemptsPerMinute => 10_000;

    /// <summary>Where the portal "sends" e-mail in tests: one .eml file per message.</summary>
    public string MailFolder => Path.Combine(_dataFolder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("App:DataFolder", _dataFolder);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:DemoPassword", DemoPassword);
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_dataFolder, "logs", "test-.json"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Check the security stamp on every request, so that a deactivation shows at once.
        builder.UseSetting("Security:StampValidationSeconds", "0");
        builder.UseSetting("Security:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // A controller that fails on purpose, to see the 500 page.
        builder.ConfigureTestServices(services => services.AddControllersWithViews().AddApplicationPart(typeof(PortalFactory).Assembly));
    }

    public PortalSession NewSession() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
        HandleCookies = true,
    }));

    /// <summary>Runs something against the portal's database as the application itself.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateSystemScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
