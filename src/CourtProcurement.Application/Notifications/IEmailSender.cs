namespace CourtProcurement.Application.Notifications;

public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string Body);

/// <summary>Sends e-mail: over SMTP in production, into a folder in development and tests.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
