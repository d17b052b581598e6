using CourtProcurement.Application.Data;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Auditing;
using CourtProcurement.Domain.Common;
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
        // The platform runs at its highest court; code order makes the choice repeatable.
        var court = (await db.Courts.Where(c => c.ParentCourtId == null).ToListAsync()).OrderBy(c => c.Level).ThenBy(c => c.ShortCode, StringComparer.Ordinal).FirstOrDefault();
        if (court is null)
        {
            try
            {
                court = Court.Create(request.CourtName ?? string.Empty, request.CourtShortCode ?? string.Empty, CourtLevel.High, null);
            }
            catch (DomainException refusal)
            {
                return IdentityResult.Failed(new IdentityError { Code = refusal.ResourceKey, Description = refusal.ResourceKey });
            }

            db.Courts.Add(court);
            await db.SaveChangesAsync();
        }

        var user = AppUser.ForCourt(request.UserName, request.Email, request.DisplayName, court.Id, clock.GetUtcNow());
        db.RecordAudit(new AuditNote("Account.PlatformAdministratorCreated", nameof(AppUser), user.Id, null, AppRoles.PlatformAdmin,
            new Dictionary<string, string?> { ["userName"] = request.UserName }, court.Id));
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            db.DiscardQueuedAudit();
            return created;
        }

        return await users.AddToRoleAsync(user, AppRoles.PlatformAdmin);
    }
}
