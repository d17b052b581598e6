using System.Net;
using System.Net.Mail;
using CourtProcurement.Application.Notifications;
using Microsoft.Extensions.Options;

namespace CourtProcurement.Web.Infrastructure.Mail;

/// <summary>Writes each message as an .eml file: nothing leaves the machine.</summary>
public sealed class FolderEmailSender(IOptions<MailOptions> options, string folder) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(folder);
        using var mail = SmtpEmailSender.Compose(options.Value, message);
        // Readable files: UTF-8 as it is, not base64.
        mail.BodyTransferEncoding = System.Net.Mime.TransferEncoding.EightBit;
        using var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        await client.SendMailAsync(mail, cancellationToken);
    }
}

/// <summary>The framework's SMTP client against the court's mail relay.</summary>
public sealed class SmtpEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var mail = Compose(settings, message);
        using var client = new SmtpClient(settings.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is required in Smtp mode."), settings.SmtpPort)
        {
            EnableSsl = settings.SmtpUseSsl,
            Credentials = settings.SmtpUserName is null ? null : new NetworkCredential(settings.SmtpUserName, settings.SmtpPassword),
        };
        await client.SendMailAsync(mail, cancellationToken);
    }

    internal static MailMessage Compose(MailOptions settings, EmailMessage message) => new(
        new MailAddress(settings.FromAddress, settings.FromName), new MailAddress(message.ToAddress, message.ToName))
    {
        Subject = message.Subject,
        Body = message.Body,
        SubjectEncoding = System.Text.Encoding.UTF8,
        BodyEncoding = System.Text.Encoding.UTF8,
    };
}
