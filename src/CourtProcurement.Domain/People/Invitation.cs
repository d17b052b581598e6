using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.People;

public enum InvitationState
{
    Pending = 1,
    Accepted = 2,
    Revoked = 3,
    Expired = 4,
}

/// <summary>
/// An e-mailed link that lets one person set a password and join a court or an organization. Only the
/// SHA-256 of the link's token is stored; the link works once and expires.
/// </summary>
public abstract class Invitation : Entity
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    protected Invitation()
    {
        Email = string.Empty;
        DisplayName = string.Empty;
        Role = string.Empty;
        TokenHash = string.Empty;
    }

    public string Email { get; private set; }

    public string DisplayName { get; private set; }

    /// <summary>The role the new account gets (CourtAdmin, Judge or OrganizationMember).</summary>
    public string Role { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? InvitedByUserId { get; private set; }

    public InvitationState StateAt(DateTimeOffset now) => (AcceptedAt, RevokedAt) switch
    {
        (not null, _) => InvitationState.Accepted,
        (_, not null) => InvitationState.Revoked,
        _ when now >= ExpiresAt => InvitationState.Expired,
        _ => InvitationState.Pending,
    };

    public void Accept(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (state != InvitationState.Pending)
        {
            throw new DomainException("Invitation.NotUsable");
        }

        AcceptedAt = now;
        Record("Invitation.Accepted", state.ToString(), nameof(InvitationState.Accepted), new Dictionary<string, string?> { ["email"] = Email, ["role"] = Role });
    }

    public void Revoke(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (state != InvitationState.Pending)
        {
            throw new DomainException("Invitation.NotUsable");
        }

        RevokedAt = now;
        Record("Invitation.Revoked", state.ToString(), nameof(InvitationState.Revoked), new Dictionary<string, string?> { ["email"] = Email });
    }

    protected void Issue(string email, string displayName, string role, string tokenHash, string? invitedBy, DateTimeOffset now)
    {
        Email = Guard.Required(email, "Invitation.EmailRequired", 256);
        DisplayName = Guard.Required(displayName, "Invitation.NameRequired", 100);
        Role = role;
        TokenHash = tokenHash;
        InvitedByUserId = invitedBy;
        CreatedAt = now;
        ExpiresAt = now + ValidFor;
        Record("Invitation.Sent", null, nameof(InvitationState.Pending), new Dictionary<string, string?> { ["email"] = Email, ["role"] = role });
    }
}

/// <summary>An invitation to become a judge or an administrator of one court.</summary>
public sealed class CourtInvitation : Invitation, ICourtOwned
{
    public const string CourtAdminRole = "CourtAdmin";
    public const string JudgeRole = "Judge";

    private CourtInvitation()
    {
    }

    public Guid CourtId { get; private set; }

    public static CourtInvitation Create(Guid courtId, string email, string displayName, string role, string tokenHash, string? invitedBy, DateTimeOffset now)
    {
        if (role is not (CourtAdminRole or JudgeRole))
        {
            throw new DomainException("Invitation.RoleRequired");
        }

        var invitation = new CourtInvitation { CourtId = courtId };
        invitation.Issue(email, displayName, role, tokenHash, invitedBy, now);
        return invitation;
    }
}

/// <summary>An invitation to become a member (or another administrator) of one organization.</summary>
public sealed class OrganizationInvitation : Invitation, IOrganizationOwned
{
    public const string MemberRole = "OrganizationMember";

    private OrganizationInvitation()
    {
    }

    public Guid OrganizationId { get; private set; }

    public bool MakesAdministrator { get; private set; }

    public static OrganizationInvitation Create(Guid organizationId, string email, string displayName, bool makesAdministrator, string tokenHash, string? invitedBy, DateTimeOffset now)
    {
        var invitation = new OrganizationInvitation { OrganizationId = organizationId, MakesAdministrator = makesAdministrator };
        invitation.Issue(email, displayName, MemberRole, tokenHash, invitedBy, now);
        return invitation;
    }
}
