using System.Globalization;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Web.Infrastructure.Localization;
using CourtProcurement.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CourtProcurement.Web.Infrastructure.Mail;

/// <summary>
/// Sends the e-mail copy of every inbox notice not yet e-mailed (an outbox: a notice is written with the
/// change it reports, and mailed after the commit). Idempotent: a notice is marked once sent.
/// </summary>
public sealed class NotificationMailer(IServiceProvider services, IOptions<MailOptions> options, ILogger<NotificationMailer> logger) : BackgroundService
{
    private const int Batch = 50;

    /// <returns>How many messages went out.</returns>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateSystemScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        var sender = provider.GetRequiredService<IEmailSender>();
        var localizer = provider.GetRequiredService<IStringLocalizer<SharedResource>>();
        var clock = provider.GetRequiredService<TimeProvider>();
        var pending = await db.Set<Notification>().Where(n => n.EmailedAt == null).OrderBy(n => n.CreatedAt).Take(Batch)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { Notification = n, u.Email, u.DisplayName })
            .ToListAsync(cancellationToken);
        foreach (var item in pending)
        {
            if (!string.IsNullOrEmpty(item.Email))
            {
                var chinese = Render(localizer, item.Notification, LocalizationSetup.Chinese);
                var english = Render(localizer, item.Notification, LocalizationSetup.English);
                var link = item.Notification.Link is { } path ? $"{options.Value.PublicUrl?.TrimEnd('/')}{path}" : null;
                await sender.SendAsync(new EmailMessage(item.Email, item.DisplayName, chinese, $"{chinese}\n\n{english}\n\n{link}".TrimEnd()), cancellationToken);
            }

            item.Notification.MarkEmailed(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return pending.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A mail relay that is down must not stop the portal: the notices stay queued for the next tick.
                logger.LogError(exception, "Could not send notification e-mail");
            }
        }
    }

    private static string Render(IStringLocalizer localizer, Notification notification, string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return localizer[notification.MessageKey, [.. Inbox.Arguments(notification.Arguments)]];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
