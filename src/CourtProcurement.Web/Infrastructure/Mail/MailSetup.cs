using CourtProcurement.Application.Files;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Web.Infrastructure.Database;
using Microsoft.Extensions.Options;

namespace CourtProcurement.Web.Infrastructure.Mail;

public static class MailSetup
{
    /// <summary>The boundaries to the outside: mail and file storage.</summary>
    public static IServiceCollection AddMailAndFiles(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<IEmailSender>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<MailOptions>>();
            return options.Value.Mode == MailMode.Smtp
                ? new SmtpEmailSender(options)
                : new FolderEmailSender(options, options.Value.Folder ?? Path.Combine(DataFolder.Resolve(configuration, environment), "mail"));
        });
        services.AddSingleton<IFileStore>(_ => new LocalFileStore(configuration["Files:Folder"] is { Length: > 0 } folder
            ? folder
            : Path.Combine(DataFolder.Resolve(configuration, environment), "files")));
        services.AddScoped<People.InvitationMailer>();
        services.AddSingleton<NotificationMailer>();
        services.AddHostedService(provider => provider.GetRequiredService<NotificationMailer>());
        return services;
    }
}
