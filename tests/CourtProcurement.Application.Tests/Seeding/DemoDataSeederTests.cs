using CourtProcurement.Application.Data;
using CourtProcurement.Application.Files;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Application.Tests.Infrastructure;
using CourtProcurement.Domain.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CourtProcurement.Application.Tests.Seeding;

public abstract class DemoDataSeederTests<TFixture>(TFixture database) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(database.Clock);
        services.AddSingleton<ICurrentUser>(SystemActor.Instance);
        services.AddScoped(_ => database.CreateContext());
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<AppDbContext>();
        services.AddScoped<RoleSeeder>();
        return services.BuildServiceProvider();
    }

    private async Task SeedAsync()
    {
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<RoleSeeder>().SeedAsync();
        await new CatalogueSeeder(provider.GetRequiredService<AppDbContext>()).SeedAsync();
        await new DemoDataSeeder(provider.GetRequiredService<AppDbContext>(), provider.GetRequiredService<UserManager<AppUser>>(),
            new LocalFileStore(Path.Combine(Path.GetTempPath(), $"cp-seed-{Guid.NewGuid():N}")), database.Clock, Options.Create(new SeedOptions { Demo = true, DemoPassword = "Test#Seed2026" }),
            NullLogger<DemoDataSeeder>.Instance).SeedAsync();
    }

    [Fact]
    public async Task Seeding_twice_creates_the_demo_platform_once()
    {
        await SeedAsync();
        await SeedAsync();

        await using var db = database.CreateContext();
        Assert.Equal(DemoUsers.All.Order(), (await db.Users.Select(u => u.UserName!).ToListAsync()).Order());
        Assert.Equal(["粤", "粤03", "粤0304", "粤0309"], (await db.Courts.Select(c => c.ShortCode).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.All(await db.Organizations.ToListAsync(), o => Assert.True(UnifiedSocialCreditCode.IsValid(o.CreditCode)));
        Assert.Equal([OrganizationStatus.Pending, OrganizationStatus.ReturnedForCorrection, OrganizationStatus.Verified, OrganizationStatus.Verified, OrganizationStatus.Verified],
            (await db.Organizations.Select(o => o.Status).ToListAsync()).Order());
        Assert.Equal(6, await db.QualificationDocuments.CountAsync());

        var longhua = await db.Courts.SingleAsync(c => c.ShortCode == "粤0309");
        Assert.Equal(3, await db.Users.CountAsync(u => u.CourtId == longhua.Id));
        Assert.All(await db.Users.Where(u => u.OrganizationId != null).ToListAsync(), u => Assert.True(u.IsOrganizationAdmin));

        // Categories, courts, organizations and catalogue items were made through the domain: all on the trail.
        var items = await db.CatalogueItems.CountAsync();
        Assert.True(items >= CatalogueSeeder.Categories.Count, "at least one demo item per category");
        var calendarDays = await db.Set<CourtProcurement.Domain.Calendar.CalendarDay>().CountAsync();
        Assert.Equal(39, calendarDays);
        Assert.Equal(CatalogueSeeder.Categories.Count + 4 + (3 * 2) + 1 + 2 + 6 + items + 1 + calendarDays, await db.AuditEntries.CountAsync());
    }
}

public sealed class DemoDataSeederOnSqlite(SqliteFixture database) : DemoDataSeederTests<SqliteFixture>(database);

public sealed class DemoDataSeederOnPostgreSql(PostgreSqlFixture database) : DemoDataSeederTests<PostgreSqlFixture>(database);
