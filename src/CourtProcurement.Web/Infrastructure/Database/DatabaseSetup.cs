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
            connectionString = DefaultSqliteConnectionString(configuration, environment);
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

    private static string DefaultSqliteConnectionString(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var folder = DataFolder.Resolve(configuration, environment);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "courtprocurement.db") }.ToString();
    }
}

/// <summary>
/// The app's data folder (SQLite file, Data Protection keys, logs): <c>App:DataFolder</c>, or
/// <c>App_Data</c> under the content root.
/// </summary>
public static class DataFolder
{
    public static string Resolve(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration["App:DataFolder"];
        var folder = string.IsNullOrWhiteSpace(configured) ? Path.Combine(environment.ContentRootPath, "App_Data") : configured;
        Directory.CreateDirectory(folder);
        return folder;
    }
}
