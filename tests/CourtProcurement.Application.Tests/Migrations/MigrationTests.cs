using CourtProcurement.Application.Data;
using CourtProcurement.Application.Tests.Infrastructure;
using CourtProcurement.Migrations.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CourtProcurement.Application.Tests.Migrations;

public abstract class MigrationTests<TFixture>(TFixture database) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    [Fact]
    public void The_model_has_no_change_that_a_migration_does_not_cover()
    {
        using var db = database.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(),
            $"Add a migration to the {database.ProviderName} set: dotnet ef migrations add <Name> --project src/CourtProcurement.Migrations.{database.ProviderName} ...");
    }

    [Fact]
    public async Task Every_migration_is_applied_and_the_chain_head_is_in_place()
    {
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, (await db.AuditChainHeads.SingleAsync()).LastSequence);
    }
}

public sealed class MigrationsOnSqlite(SqliteFixture database) : MigrationTests<SqliteFixture>(database);

public sealed class MigrationsOnPostgreSql(PostgreSqlFixture database) : MigrationTests<PostgreSqlFixture>(database);

/// <summary>No SQL Server runs here: its set is kept in step with the model and must script, offline.</summary>
public sealed class SqlServerMigrationTests
{
    private static AppDbContext CreateContext() => new(
        (DbContextOptions<AppDbContext>)new DbContextOptionsBuilder<AppDbContext>().UseSqlServerDatabase("Server=unused;Database=unused").Options,
        CourtProcurement.Application.Tenancy.SystemActor.Instance, TimeProvider.System);

    [Fact]
    public void The_model_has_no_change_that_a_sql_server_migration_does_not_cover()
    {
        using var db = CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration to the SqlServer set.");
    }

    [Fact]
    public void The_sql_server_set_generates_an_idempotent_script()
    {
        using var db = CreateContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [AuditEntries]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Courts]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }
}
