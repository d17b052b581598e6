using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Migrations.SqlServer;

public static class SqlServerDatabase
{
    /// <summary>SQL Server with this assembly's migrations set.</summary>
    public static DbContextOptionsBuilder UseSqlServerDatabase(this DbContextOptionsBuilder options, string connectionString)
        => options.UseSqlServer(connectionString, o => o.MigrationsAssembly(typeof(SqlServerDatabase).Assembly.GetName().Name));
}
