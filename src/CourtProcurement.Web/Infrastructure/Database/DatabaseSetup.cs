using CourtProcurement.Application.Data;
using CourtProcurement.Migrations.PostgreSql;
using CourtProcurement.Migrations.Sqlite;
using CourtProcurement.Migrations.SqlServer;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Infrastructure.Database;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>
/// <c>Database:Provider</c> picks the provider and its migrations set, <c>Database:ConnectionString</c>
/// sits beside it (docs/decisions/0002-database-providers.md). SQLite needs nothing: its file is created
/// under the app's data folder on first run.
/// </summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration["Database:ConnectionString"];
        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = DefaultSqliteConnectionString(environment);
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"Database:ConnectionString is required for the {provider} provider.");
        }

        services.AddDbContext<AppDbContext>(options =>
        {
            _ = provider switch
            {
                DatabaseProvider.Sqlite => options.UseSqliteDatabase(connectionString),
                DatabaseProvider.PostgreSql => options.UsePostgreSqlDatabase(connectionString),
                DatabaseProvider.SqlServer => options.UseSqlServerDatabase(connectionString),
                _ => throw new InvalidOperationException($"Unknown Database:Provider '{provider}'."),
            };
        });
        return services;
    }

    private static string DefaultSqliteConnectionString(IWebHostEnvironment environment)
    {
        var folder = DataFolder.Resolve(environment);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "courtprocurement.db") }.ToString();
    }
}

/// <summary>The app's data folder (database file, Data Protection keys): <c>App_Data</c> under the content root.</summary>
public static class DataFolder
{
    public static string Resolve(IWebHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
