using System.Text.Json;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Identity;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Notifications;

/// <summary>
/// Puts messages into people's inboxes as part of the caller's own save, so that a notice exists exactly
/// when the change it reports does. E-mail copies go out afterwards (the mailer reads the inbox rows).
/// </summary>
public sealed class Notifier(AppDbContext db, TimeProvider clock)
{
    // Chinese stays readable in the stored JSON; it is HTML-encoded when shown.
    private static readonly JsonSerializerOptions ArgumentsJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Notify(IEnumerable<string> userIds, string messageKey, IReadOnlyList<string> arguments, string? link)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var json = arguments.Count == 0 ? null : JsonSerializer.Serialize(arguments, ArgumentsJson);
        db.Set<Notification>().AddRange(userIds.Distinct().Select(id => Notification.For(id, messageKey, json, link, clock.GetUtcNow())));
    }

    public async Task NotifyPlatformAdministratorsAsync(string messageKey, IReadOnlyList<string> arguments, string? link, CancellationToken cancellationToken = default)
    {
        var adminRole = await db.Roles.Where(r => r.Name == AppRoles.PlatformAdmin).Select(r => r.Id).SingleAsync(cancellationToken);
        var admins = await db.UserRoles.Where(ur => ur.RoleId == adminRole)
            .Join(db.Users.Where(u => u.IsActive), ur => ur.UserId, u => u.Id, (_, u) => u.Id)
            .ToListAsync(cancellationToken);
        Notify(admins, messageKey, arguments, link);
    }

    public Task NotifyCourtAdministratorsAsync(Guid courtId, string messageKey, IReadOnlyList<string> arguments, string? link, CancellationToken cancellationToken = default)
        => NotifyCourtAdministratorsAsync(courtId, messageKey, arguments, link, null, cancellationToken);

    /// <summary>Tells the court's administrators, and <paramref name="alsoUserId"/> (e.g. the judge who raised the work) once.</summary>
    public async Task NotifyCourtAdministratorsAsync(Guid courtId, string messageKey, IReadOnlyList<string> arguments, string? link, string? alsoUserId,
        CancellationToken cancellationToken = default)
    {
        var adminRole = await db.Roles.Where(r => r.Name == AppRoles.CourtAdmin).Select(r => r.Id).SingleAsync(cancellationToken);
        var admins = await db.UserRoles.Where(ur => ur.RoleId == adminRole)
            .Join(db.Users.Where(u => u.IsActive && u.CourtId == courtId), ur => ur.UserId, u => u.Id, (_, u) => u.Id)
            .ToListAsync(cancellationToken);
        Notify(alsoUserId is null ? admins : admins.Append(alsoUserId), messageKey, arguments, link);
    }

    public async Task NotifyOrganizationAsync(Guid organizationId, string messageKey, IReadOnlyList<string> arguments, string? link, CancellationToken cancellationToken = default)
    {
        var members = await db.Users.Where(u => u.OrganizationId == organizationId && u.IsActive).Select(u => u.Id).ToListAsync(cancellationToken);
        Notify(members, messageKey, arguments, link);
    }
}
