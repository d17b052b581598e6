using CourtProcurement.Application.Data;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Calendar;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.Procurement;
using CourtProcurement.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Benchmarks;

/// <summary>
/// A realistic volume for the public pages: courts, the catalogue and N published procurements, spread
/// over two years, saved through the application (audit trail and OCDS releases included).
/// </summary>
internal static class Seed
{
    public static async Task RunAsync(string dataFolder, int count)
    {
        Directory.CreateDirectory(dataFolder);
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseSqliteDatabase(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "courtprocurement.db") }.ToString());
        var options = builder.Options;
        var clock = TimeProvider.System;
        await using (var db = new AppDbContext(options, SystemActor.Instance, clock))
        {
            await db.Database.MigrateAsync();
            await new CatalogueSeeder(db).SeedAsync();
        }

        var now = clock.GetUtcNow();
        List<Court> courts;
        CatalogueItemVersion[] versions;
        await using (var db = new AppDbContext(options, SystemActor.Instance, clock))
        {
            var high = Court.Create("广东省高级人民法院", "粤", CourtLevel.High, null);
            var city = Court.Create("深圳市中级人民法院", "粤03", CourtLevel.Intermediate, high);
            courts = [.. Enumerable.Range(1, 10).Select(i => Court.Create($"深圳市第{i}基层人民法院", $"粤03{i:00}", CourtLevel.Basic, city))];
            db.Courts.AddRange([high, city, .. courts]);
            var categories = await db.ServiceCategories.ToDictionaryAsync(c => c.Code);
            db.CatalogueItems.AddRange(DemoCatalogue.Items(categories, DateOnly.FromDateTime(now.UtcDateTime), now));
            await db.SaveChangesAsync();
            versions = [.. (await db.CatalogueItemVersions.ToListAsync()).Where(v => v.EffectiveFrom <= DateOnly.FromDateTime(now.UtcDateTime))];
        }

        var rules = ProcurementRules.Statutory();
        var calendar = new WorkingDayCalendar([]);
        const int batch = 500;
        for (var start = 0; start < count; start += batch)
        {
            await using var db = new AppDbContext(options, SystemActor.Instance, clock);
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var court = courts[i % courts.Count];
                var version = versions[i % versions.Length];
                var published = now.AddDays(-(i % 700)).AddMinutes(-i);
                var deadline = published.AddDays(25);
                var terms = new NeedTerms($"{version.NameZh}服务采购（{i:00000}）", "为本院案件提供司法辅助服务。", 100 + (i % 900), 50_000m + (i % 50) * 1000, null,
                    new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), "深圳市", (ProcurementMethod)(1 + (i % 6)), EvaluationMethod.LowestPrice, 0, [], null,
                    deadline, deadline, false, false, i % 6 == 4 ? "唯一具备资质的机构" : null, i % 6 == 4 ? [Guid.NewGuid()] : i % 6 == 1 ? [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()] : []);
                var need = ServiceNeed.Draft(court.Id, $"{court.ShortCode}-B-{i:00000}", version, terms, published);
                need.Publish(published, rules, calendar);
                if (i % 5 == 0)
                {
                    need.Cancel("采购需求调整。", published.AddDays(3));
                }

                db.ServiceNeeds.Add(need);
            }

            await db.SaveChangesAsync();
            Console.Error.Write($"\rseeded {Math.Min(count, start + batch)} / {count}");
        }

        Console.Error.WriteLine();
    }
}
