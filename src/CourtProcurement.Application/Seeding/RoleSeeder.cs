using CourtProcurement.Application.Identity;
using Microsoft.AspNetCore.Identity;

namespace CourtProcurement.Application.Seeding;

/// <summary>Makes sure the four roles exist; runs at every start-up, in every environment.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync()
    {
        foreach (var role in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                DemoDataSeeder.Succeeded(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }
}
