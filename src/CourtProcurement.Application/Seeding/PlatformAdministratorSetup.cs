using CourtProcurement.Application.Data;
using CourtProcurement.Application.Identity;
using CourtProcurement.Domain.Courts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Seeding;

public sealed record PlatformAdministratorRequest(
    string UserName, string Email, string DisplayName, string Password, string? CourtName, string? CourtShortCode);

/// <summary>
/// Creates the first platform administrator on a production database (the <c>--create-platform-admin</c>
/// switch). On a database with no courts it also creates the court that runs the platform.
/// </summary>
public sealed class PlatformAdministratorSetup(AppDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public Task<bool> HasCourtsAsync() => db.Courts.AnyAsync();

    /// <summary>Creates the court (if none) and the administrator together, or neither.</summary>
    public async Task<IdentityResult> CreateAsync(PlatformAdministratorRequest request)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await CreateInTransactionAsync(request);
        if (result.Succeeded)
        {
            await transaction.CommitAsync();
        }

        return result;
    }

    private async Task<IdentityResult> CreateInTransactionAsync(PlatformAdministratorRequest request)
    {
        var court = await db.Courts.FirstOrDefaultAsync(c => c.ParentCourtId == null);
        if (court is null)
        {
            court = Court.Create(request.CourtName ?? string.Empty, request.CourtShortCode ?? string.Empty, CourtLevel.High, null);
            db.Courts.Add(court);
            await db.SaveChangesAsync();
        }

        var user = AppUser.ForCourt(request.UserName, request.Email, request.DisplayName, court.Id, clock.GetUtcNow());
        var created = await users.CreateAsync(user, request.Password);
        return created.Succeeded ? await users.AddToRoleAsync(user, AppRoles.PlatformAdmin) : created;
    }
}
