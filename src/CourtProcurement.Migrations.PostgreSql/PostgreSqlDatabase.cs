using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Migrations.PostgreSql;

public static class PostgreSqlDatabase
{
    /// <summary>PostgreSQL with this assembly's migrations set.</summary>
    public static DbContextOptionsBuilder UsePostgreSqlDatabase(this DbContextOptionsBuilder options, string connectionString)
        => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgreSqlDatabase).Assembly.GetName().Name));
}
