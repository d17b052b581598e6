using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Migrations.Sqlite;

public static class SqliteDatabase
{
    /// <summary>SQLite with this assembly's migrations set.</summary>
    public static DbContextOptionsBuilder UseSqliteDatabase(this DbContextOptionsBuilder options, string connectionString)
        => options.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name));
}
