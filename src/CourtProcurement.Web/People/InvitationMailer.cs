using System.Globalization;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Application.People;
using CourtProcurement.Web.Infrastructure.Localization;
using CourtProcurement.Web.Infrastructure.Mail;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CourtProcurement.Web.People;

/// <summary>Sends an invitation link to a person who has no account yet, in Chinese with English below.</summary>
public sealed class InvitationMailer(IEmailSender sender, IStringLocalizer<SharedResource> localizer, IOptions<MailOptions> options, IHttpContextAccessor accessor)
{
    public Task SendAsync(IssuedInvitation invitation, string joins, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var request = accessor.HttpContext?.Request;
        var origin = options.Value.PublicUrl?.TrimEnd('/') ?? (request is null ? string.Empty : $"{request.Scheme}://{request.Host}");
        var link = $"{origin}/Invitation/Accept?token={Uri.EscapeDataString(invitation.Token)}";
        string Text(string culture)
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            try
            {
                return localizer["Invitation.Mail", invitation.DisplayName, joins, link];
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }

        return sender.SendAsync(new EmailMessage(invitation.Email, invitation.DisplayName, localizer["Invitation.MailSubject", joins],
            Text(LocalizationSetup.Chinese) + "\n\n" + Text(LocalizationSetup.English)), cancellationToken);
    }
}
