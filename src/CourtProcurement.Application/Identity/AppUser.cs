using Microsoft.AspNetCore.Identity;

namespace CourtProcurement.Application.Identity;

/// <summary>
/// A person who signs in. Every user belongs either to a court (platform administrators belong to the
/// court that runs the platform) or to an organization, never both.
/// </summary>
public sealed class AppUser : IdentityUser
{
    private AppUser()
    {
        DisplayName = string.Empty;
    }

    public string DisplayName { get; private set; }

    public Guid? CourtId { get; private set; }

    public Guid? OrganizationId { get; private set; }

    /// <summary>An organization administrator invites and removes the organization's members.</summary>
    public bool IsOrganizationAdmin { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Ends the account's access; the caller also renews the security stamp so that every session ends.</summary>
    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;

    public static AppUser ForCourt(string userName, string email, string displayName, Guid courtId, DateTimeOffset now)
        => New(userName, email, displayName, now, courtId, null, false);

    public static AppUser ForOrganization(string userName, string email, string displayName, Guid organizationId, bool isAdmin, DateTimeOffset now)
        => New(userName, email, displayName, now, null, organizationId, isAdmin);

    private static AppUser New(string userName, string email, string displayName, DateTimeOffset now, Guid? courtId, Guid? organizationId, bool isAdmin) => new()
    {
        Id = Guid.CreateVersion7().ToString(),
        UserName = userName,
        Email = email,
        EmailConfirmed = true,
        DisplayName = displayName,
        CourtId = courtId,
        OrganizationId = organizationId,
        IsOrganizationAdmin = isAdmin,
        IsActive = true,
        CreatedAt = now,
        // Lockout applies to every account, administrators included.
        LockoutEnabled = true,
    };
}
