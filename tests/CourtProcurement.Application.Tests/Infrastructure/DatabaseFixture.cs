using CourtProcurement.Application.Data;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Migrations.PostgreSql;
using CourtProcurement.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CourtProcurement.Application.Tests.Infrastructure;

/// <summary>
/// One migrated database per test class. The same test classes run on each provider through a
/// subclass per fixture (e.g. <c>AuditTrailOnSqlite</c>, <c>AuditTrailOnPostgreSql</c>).
/// </summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 4, 2, 0, 0, TimeSpan.Zero));

    public abstract string ProviderName { get; }

    protected abstract void Configure(DbContextOptionsBuilder options);

    public DbContextOptions<AppDbContext> Options
    {
        get
        {
            var builder = new DbContextOptionsBuilder<AppDbContext>();
            Configure(builder);
            return builder.Options;
        }
    }

    public AppDbContext CreateContext(ICurrentUser? user = null) => new(Options, user ?? SystemActor.Instance, Clock);

    public virtual async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public abstract Task DisposeAsync();
}

public sealed class SqliteFixture : DatabaseFixture
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cp-test-{Guid.NewGuid():N}.db");

    public override string ProviderName => "Sqlite";

    protected override void Configure(DbContextOptionsBuilder options)
        => options.UseSqliteDatabase(new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ToString());

    public override Task DisposeAsync()
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// A fresh database on the PostgreSQL server that <c>./test.sh</c> starts. Without the server the tests fail
/// (never skip): run them through <c>./test.sh</c>.
/// </summary>
public sealed class PostgreSqlFixture : DatabaseFixture
{
    public const string ServerVariable = "COURTPROCUREMENT_TEST_POSTGRES";

    private readonly string _database = $"cp_test_{Guid.NewGuid():N}";

    public override string ProviderName => "PostgreSql";

    public static string ServerConnectionString => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{ServerVariable} is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    protected override void Configure(DbContextOptionsBuilder options)
        => options.UsePostgreSqlDatabase(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ToString());

    // PostgreSQL refuses to copy template1 for two CREATE DATABASE at once: test classes take turns.
    private static readonly SemaphoreSlim ServerCommands = new(1, 1);

    public override async Task InitializeAsync()
    {
        await OnServerAsync($"CREATE DATABASE \"{_database}\"");
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await using (var db = CreateContext())
        {
            NpgsqlConnection.ClearPool((NpgsqlConnection)db.Database.GetDbConnection());
        }

        await OnServerAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    private static async Task OnServerAsync(string sql)
    {
        await ServerCommands.WaitAsync();
        try
        {
            await using var server = new NpgsqlConnection(ServerConnectionString);
            await server.OpenAsync();
            await using var command = new NpgsqlCommand(sql, server);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            ServerCommands.Release();
        }
    }
}
