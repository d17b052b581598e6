using CourtProcurement.Application.Data;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Organizations;

public sealed record FirstAdministrator(string UserName, string DisplayName, string Email, string Password);

public sealed record RegistrationResult(Guid? OrganizationId, AppUser? Administrator, IReadOnlyList<IdentityError> AccountErrors)
{
    public bool Succeeded => OrganizationId is not null;
}

/// <summary>
/// An organization's life on the platform up to vetting: self-registration with its first administrator,
/// keeping its details, resubmitting, and the platform's verify or return. Each use case saves once.
/// </summary>
public sealed class OrganizationRegistration(AppDbContext db, UserManager<AppUser> users, Notifier notifier, TimeProvider clock)
{
    public const string VettingLink = "/Vetting/";

    /// <summary>Creates the organization (pending) and its administrator's account together, or neither.</summary>
    public async Task<RegistrationResult> RegisterAsync(OrganizationProfile profile, FirstAdministrator administrator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(administrator);
        await EnsureCreditCodeFreeAsync(profile.CreditCode, null, cancellationToken);
        await EnsureCategoriesOfferedAsync(profile, cancellationToken);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var organization = Organization.Register(profile, now);
        db.Organizations.Add(organization);
        await notifier.NotifyPlatformAdministratorsAsync("Notice.OrganizationRegistered", [organization.Name], VettingLink + organization.Id, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // Someone registered the same code a moment earlier: the unique index decided.
            throw new DomainException("Organization.CreditCodeTaken", exception);
        }

        var user = AppUser.ForOrganization(administrator.UserName.Trim(), administrator.Email.Trim(), administrator.DisplayName.Trim(), organization.Id, isAdmin: true, now);
        var created = await users.CreateAsync(user, administrator.Password);
        var result = created.Succeeded ? await users.AddToRoleAsync(user, AppRoles.OrganizationMember) : created;
        if (!result.Succeeded)
        {
            return new RegistrationResult(null, null, [.. result.Errors]);
        }

        await transaction.CommitAsync(cancellationToken);
        return new RegistrationResult(organization.Id, user, []);
    }

    /// <summary>The organization's administrator changes its details; <paramref name="expectedVersion"/> guards against a lost update.</summary>
    public async Task UpdateProfileAsync(Guid organizationId, OrganizationProfile profile, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var organization = await FindAsync(organizationId, cancellationToken);
        if (organization.Version != expectedVersion)
        {
            throw new DomainException("Common.ConcurrentChange");
        }

        await EnsureCreditCodeFreeAsync(profile.CreditCode, organizationId, cancellationToken);
        await EnsureCategoriesOfferedAsync(profile, cancellationToken, alreadyServed: organization.CategoryIds);
        var wasVerified = organization.Status == OrganizationStatus.Verified;
        organization.UpdateProfile(profile, clock.GetUtcNow());
        if (wasVerified && organization.Status == OrganizationStatus.Pending)
        {
            await notifier.NotifyPlatformAdministratorsAsync("Notice.OrganizationChanged", [organization.Name], VettingLink + organization.Id, cancellationToken);
        }

        await SaveAsync(cancellationToken);
    }

    public async Task ResubmitAsync(Guid organizationId, CancellationToken cancellationToken = default)
    {
        var organization = await FindAsync(organizationId, cancellationToken);
        organization.Resubmit(clock.GetUtcNow());
        await notifier.NotifyPlatformAdministratorsAsync("Notice.OrganizationResubmitted", [organization.Name], VettingLink + organization.Id, cancellationToken);
        await SaveAsync(cancellationToken);
    }

    /// <param name="reviewedVersion">The version the administrator looked at: details changed since are not verified.</param>
    public async Task VerifyAsync(Guid organizationId, Guid? reviewedVersion = null, CancellationToken cancellationToken = default)
    {
        var organization = await FindAsync(organizationId, cancellationToken);
        EnsureVersion(organization, reviewedVersion);
        organization.Verify(clock.GetUtcNow());
        await notifier.NotifyOrganizationAsync(organization.Id, "Notice.OrganizationVerified", [organization.Name], "/Organization", cancellationToken);
        await SaveAsync(cancellationToken);
    }

    public async Task ReturnForCorrectionAsync(Guid organizationId, string reason, Guid? reviewedVersion = null, CancellationToken cancellationToken = default)
    {
        var organization = await FindAsync(organizationId, cancellationToken);
        EnsureVersion(organization, reviewedVersion);
        organization.ReturnForCorrection(reason);
        await notifier.NotifyOrganizationAsync(organization.Id, "Notice.OrganizationReturned", [organization.Name, organization.ReturnReason!], "/Organization", cancellationToken);
        await SaveAsync(cancellationToken);
    }

    private static void EnsureVersion(Organization organization, Guid? reviewedVersion)
    {
        if (reviewedVersion is { } version && organization.Version != version)
        {
            throw new DomainException("Common.ConcurrentChange");
        }
    }

    /// <summary>Categories must be the catalogue's; a retired one is kept only by an organization that already served it.</summary>
    private async Task EnsureCategoriesOfferedAsync(OrganizationProfile profile, CancellationToken cancellationToken, IReadOnlyList<Guid>? alreadyServed = null)
    {
        var ids = profile.CategoryIds.ToList();
        var kept = alreadyServed ?? [];
        var known = await db.ServiceCategories.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.IsRetired }).ToListAsync(cancellationToken);
        if (known.Count != ids.Count || known.Any(c => c.IsRetired && !kept.Contains(c.Id)))
        {
            throw new DomainException("Organization.CategoriesRequired");
        }
    }

    private async Task EnsureCreditCodeFreeAsync(string creditCode, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.Organizations.AnyAsync(o => o.CreditCode == creditCode && o.Id != except, cancellationToken))
        {
            throw new DomainException("Organization.CreditCodeTaken");
        }
    }

    private async Task<Organization> FindAsync(Guid id, CancellationToken cancellationToken)
        => await db.Organizations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new DomainException("Common.NotFound");

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // The version token or the unique credit code caught a change made meanwhile.
            throw new DomainException("Common.ConcurrentChange", exception);
        }
    }
}
