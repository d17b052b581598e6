using CourtProcurement.Application.Data;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Application.Organizations;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Application.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CourtProcurement.Application.Tests.Infrastructure;

/// <summary>The application's services over a fixture's database, with Identity, for use cases that create accounts.</summary>
public static class ApplicationServices
{
    public static ServiceProvider Build(DatabaseFixture database, ICurrentUser? user = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(database.Clock);
        services.AddSingleton(user ?? SystemActor.Instance);
        services.AddScoped(_ => database.CreateContext(user));
        services.AddIdentityCore<AppUser>(o => o.User.RequireUniqueEmail = true).AddRoles<IdentityRole>().AddEntityFrameworkStores<AppDbContext>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<Notifier>();
        services.AddScoped<OrganizationRegistration>();
        services.AddScoped<CourtProcurement.Application.People.People>();
        return services.BuildServiceProvider();
    }

    public static async Task<T> RunAsync<T>(DatabaseFixture database, ICurrentUser? user, Func<IServiceProvider, Task<T>> work)
    {
        await using var services = Build(database, user);
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
