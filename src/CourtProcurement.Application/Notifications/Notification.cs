namespace CourtProcurement.Application.Notifications;

/// <summary>
/// One message in a person's in-app inbox, also sent by e-mail. It stores a resource key and its
/// arguments, not text, so that each reader sees it in their own language.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
        UserId = string.Empty;
        MessageKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public string MessageKey { get; private set; }

    /// <summary>The message's arguments as a JSON array of strings.</summary>
    public string? Arguments { get; private set; }

    /// <summary>A local path to open from the inbox.</summary>
    public string? Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>When the e-mail copy went out; the mailer sends those still empty.</summary>
    public DateTimeOffset? EmailedAt { get; private set; }

    public static Notification For(string userId, string messageKey, string? arguments, string? link, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        MessageKey = messageKey,
        Arguments = arguments,
        Link = link,
        CreatedAt = now,
    };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    public void MarkEmailed(DateTimeOffset now) => EmailedAt = now;
}
