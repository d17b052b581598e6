namespace CourtProcurement.Web.Infrastructure.Mail;

public enum MailMode
{
    /// <summary>Each message becomes an .eml file in <see cref="MailOptions.Folder"/> (development, tests, offline demos).</summary>
    Folder,

    Smtp,
}

/// <summary>The <c>Mail</c> configuration section.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public MailMode Mode { get; set; } = MailMode.Folder;

    /// <summary>Where Folder mode writes; default <c>mail</c> in the data folder.</summary>
    public string? Folder { get; set; }

    public string FromAddress { get; set; } = "noreply@courtprocurement.local";

    public string FromName { get; set; } = "法院辅助服务采购平台";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    public bool SmtpUseSsl { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>The portal's address as people reach it, for links in e-mail (e.g. https://cp.court.example).</summary>
    public string? PublicUrl { get; set; }

    public int PollSeconds { get; set; } = 15;
}
