using System.Security.Cryptography;
using System.Text;
using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.People;

public sealed record IssuedInvitation(Guid Id, string Email, string DisplayName, string Token);

public sealed record InvitationView(Guid Id, string Email, string DisplayName, string Role, InvitationState State, Guid? CourtId, Guid? OrganizationId, string JoinsName);

public sealed record InvitationRow(Guid Id, string Email, string DisplayName, string Role, InvitationState State, DateTimeOffset ExpiresAt);

public sealed record AcceptResult(AppUser? User, IReadOnlyList<IdentityError> Errors);

/// <summary>
/// People joining and leaving: invitations by e-mail link (court staff by their court's administrators,
/// members by their organization's), accepting one, and deactivating an account. Callers check the
/// resource (which court, which organization) before calling.
/// </summary>
public sealed class People(AppDbContext db, UserManager<AppUser> users, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<IssuedInvitation> InviteToCourtAsync(Guid courtId, string email, string displayName, string role, CancellationToken cancellationToken = default)
    {
        await EnsureEmailFreeAsync(email, cancellationToken);
        var token = NewToken();
        var invitation = CourtInvitation.Create(courtId, email.Trim(), displayName, role, Hash(token), currentUser.UserId, clock.GetUtcNow());
        db.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedInvitation(invitation.Id, invitation.Email, invitation.DisplayName, token);
    }

    public async Task<IssuedInvitation> InviteToOrganizationAsync(Guid organizationId, string email, string displayName, bool makesAdministrator, CancellationToken cancellationToken = default)
    {
        // Mail goes out through the court's relay: only an organization the platform has vetted may send invitations.
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId && o.Status == Domain.Organizations.OrganizationStatus.Verified, cancellationToken))
        {
            throw new DomainException("Invitation.OrganizationNotVerified");
        }

        await EnsureEmailFreeAsync(email, cancellationToken);
        var token = NewToken();
        var invitation = OrganizationInvitation.Create(organizationId, email.Trim(), displayName, makesAdministrator, Hash(token), currentUser.UserId, clock.GetUtcNow());
        db.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedInvitation(invitation.Id, invitation.Email, invitation.DisplayName, token);
    }

    public async Task<IReadOnlyList<InvitationRow>> CourtInvitationsAsync(Guid courtId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var invitations = await db.Set<CourtInvitation>().IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking()
            .Where(i => i.CourtId == courtId).ToListAsync(cancellationToken);
        return [.. invitations.OrderByDescending(i => i.CreatedAt).Select(i => new InvitationRow(i.Id, i.Email, i.DisplayName, i.Role, i.StateAt(now), i.ExpiresAt))];
    }

    public async Task<IReadOnlyList<InvitationRow>> OrganizationInvitationsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var invitations = await db.Set<OrganizationInvitation>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. invitations.OrderByDescending(i => i.CreatedAt).Select(i => new InvitationRow(i.Id, i.Email, i.DisplayName, i.Role, i.StateAt(now), i.ExpiresAt))];
    }

    /// <summary>Revokes a pending court invitation of the given court (checked by the caller).</summary>
    public async Task RevokeCourtInvitationAsync(Guid courtId, Guid invitationId, CancellationToken cancellationToken = default)
    {
        var invitation = await db.Set<CourtInvitation>().IgnoreQueryFilters([TenantQueryFilters.Name])
            .SingleOrDefaultAsync(i => i.Id == invitationId && i.CourtId == courtId, cancellationToken) ?? throw new DomainException("Common.NotFound");
        invitation.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Revokes a pending invitation of the current user's own organization (the tenant filter finds no one else's).</summary>
    public async Task RevokeOrganizationInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        var invitation = await db.Set<OrganizationInvitation>().SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken)
            ?? throw new DomainException("Common.NotFound");
        invitation.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What an invitation link shows before the person accepts: a named exception to the tenant filters, found by token only.</summary>
    public async Task<InvitationView?> FindByTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        var (invitation, courtId, organizationId) = await FindAsync(token, cancellationToken);
        if (invitation is null)
        {
            return null;
        }

        var joins = courtId is { } c
            ? await db.Courts.Where(x => x.Id == c).Select(x => x.Name).SingleAsync(cancellationToken)
            : await db.Organizations.Where(x => x.Id == organizationId).Select(x => x.Name).SingleAsync(cancellationToken);
        return new InvitationView(invitation.Id, invitation.Email, invitation.DisplayName, invitation.Role, invitation.StateAt(clock.GetUtcNow()), courtId, organizationId, joins);
    }

    /// <summary>Creates the account the invitation offers, once; a used, revoked or expired link creates nothing.</summary>
    public async Task<AcceptResult> AcceptAsync(string token, string userName, string password, CancellationToken cancellationToken = default)
    {
        var (invitation, courtId, organizationId) = await FindAsync(token, cancellationToken, tracked: true);
        if (invitation is null)
        {
            throw new DomainException("Invitation.NotUsable");
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Claim the invitation first: of two clicks at once, only one finds it still open.
        if (await ClaimAsync(invitation, now, cancellationToken) != 1)
        {
            throw new DomainException("Invitation.NotUsable");
        }

        invitation.Accept(now);
        var user = courtId is { } court
            ? AppUser.ForCourt(userName.Trim(), invitation.Email, invitation.DisplayName, court, now)
            : AppUser.ForOrganization(userName.Trim(), invitation.Email, invitation.DisplayName, organizationId!.Value, (invitation as OrganizationInvitation)!.MakesAdministrator, now);
        var created = await users.CreateAsync(user, password);
        var result = created.Succeeded ? await users.AddToRoleAsync(user, invitation.Role) : created;
        if (!result.Succeeded)
        {
            // The link stays usable: the person fixes the password or name and tries again.
            db.Entry(invitation).State = EntityState.Unchanged;
            invitation.ClearPendingStateChanges();
            return new AcceptResult(null, [.. result.Errors]);
        }

        await transaction.CommitAsync(cancellationToken);
        return new AcceptResult(user, []);
    }

    /// <summary>Deactivates or reactivates an account; deactivation ends every session at once (a new security stamp).</summary>
    public async Task SetActiveAsync(AppUser user, bool active, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Id == currentUser.UserId)
        {
            throw new DomainException("People.NotYourself");
        }

        if (user.IsActive == active)
        {
            return; // a second click changes nothing and records nothing
        }

        if (active)
        {
            user.Reactivate();
        }
        else
        {
            user.Deactivate();
        }

        db.RecordAudit(new AuditNote(active ? "Account.Reactivated" : "Account.Deactivated", nameof(AppUser), user.Id,
            active ? "Inactive" : "Active", active ? "Active" : "Inactive", new Dictionary<string, string?> { ["userName"] = user.UserName }, user.CourtId, user.OrganizationId));
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            throw new DomainException("Identity.DefaultError");
        }
    }

    private Task<int> ClaimAsync(Invitation invitation, DateTimeOffset now, CancellationToken cancellationToken) => invitation switch
    {
        CourtInvitation => db.Set<CourtInvitation>().IgnoreQueryFilters([TenantQueryFilters.Name])
            .Where(i => i.Id == invitation.Id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.AcceptedAt, now), cancellationToken),
        _ => db.Set<OrganizationInvitation>().IgnoreQueryFilters([TenantQueryFilters.Name])
            .Where(i => i.Id == invitation.Id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.AcceptedAt, now), cancellationToken),
    };

    private async Task<(Invitation? Invitation, Guid? CourtId, Guid? OrganizationId)> FindAsync(string token, CancellationToken cancellationToken, bool tracked = false)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return (null, null, null);
        }

        var hash = Hash(token.Trim());
        IQueryable<CourtInvitation> courts = db.Set<CourtInvitation>().IgnoreQueryFilters([TenantQueryFilters.Name]);
        IQueryable<OrganizationInvitation> organizations = db.Set<OrganizationInvitation>().IgnoreQueryFilters([TenantQueryFilters.Name]);
        if (!tracked)
        {
            (courts, organizations) = (courts.AsNoTracking(), organizations.AsNoTracking());
        }

        if (await courts.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken) is { } court)
        {
            return (court, court.CourtId, null);
        }

        var organization = await organizations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return (organization, null, organization?.OrganizationId);
    }

    private async Task EnsureEmailFreeAsync(string email, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not null)
        {
            throw new DomainException("Invitation.EmailHasAccount");
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
