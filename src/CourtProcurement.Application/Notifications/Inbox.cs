using System.Text.Json;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Notifications;

public sealed record InboxItem(Guid Id, string MessageKey, IReadOnlyList<string> Arguments, string? Link, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>The signed-in person's own inbox; every query is narrowed to their user id.</summary>
public sealed class Inbox(AppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    private IQueryable<Notification> Mine => db.Set<Notification>().Where(n => n.UserId == (currentUser.UserId ?? string.Empty));

    public Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
        => Mine.CountAsync(n => n.ReadAt == null, cancellationToken);

    public async Task<IReadOnlyList<InboxItem>> LatestAsync(int take = 100, CancellationToken cancellationToken = default)
    {
        var rows = await Mine.AsNoTracking().OrderByDescending(n => n.CreatedAt).Take(take).ToListAsync(cancellationToken);
        return [.. rows.Select(n => new InboxItem(n.Id, n.MessageKey, Arguments(n.Arguments), n.Link, n.CreatedAt, n.ReadAt is not null))];
    }

    /// <summary>Marks one of the user's own notices read and returns where it points; another person's id finds nothing.</summary>
    public async Task<string?> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var notification = await Mine.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notification is null)
        {
            return null;
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return notification.Link ?? string.Empty;
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await Mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    public static IReadOnlyList<string> Arguments(string? json)
        => json is null ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
