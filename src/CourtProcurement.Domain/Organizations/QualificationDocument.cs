using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Organizations;

/// <summary>
/// A licence or certificate an organization uploaded, with its kind and expiry date. The file itself is in
/// the file store under a name the application chose; its SHA-256 is kept to show it was not swapped.
/// </summary>
public sealed class QualificationDocument : Entity, IOrganizationOwned
{
    private QualificationDocument()
    {
        OriginalFileName = string.Empty;
        StoredName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
    }

    public Guid OrganizationId { get; private set; }

    public QualificationKind Kind { get; private set; }

    public string OriginalFileName { get; private set; }

    public string StoredName { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; }

    /// <summary>The last day it is valid, if it expires.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public string? UploadedByUserId { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>When the "expires within 30 days" notice went out, so that it goes out once.</summary>
    public DateTimeOffset? ExpiryNoticeSentAt { get; private set; }

    public static QualificationDocument Upload(
        Guid organizationId, QualificationKind kind, DateOnly? expiresOn, string originalFileName, StoredFileFacts file, string? userId, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Qualification.KindRequired");
        }

        if (expiresOn is { } day && day < today)
        {
            throw new DomainException("Qualification.AlreadyExpired");
        }

        var document = new QualificationDocument
        {
            OrganizationId = organizationId,
            Kind = kind,
            ExpiresOn = expiresOn,
            OriginalFileName = SafeName(originalFileName),
            StoredName = file.StoredName,
            ContentType = file.ContentType,
            SizeBytes = file.SizeBytes,
            Sha256 = file.Sha256,
            UploadedAt = now,
            UploadedByUserId = userId,
        };
        document.Record("Qualification.Uploaded", null, "Current", new Dictionary<string, string?>
        {
            ["kind"] = kind.ToString(),
            ["file"] = document.OriginalFileName,
            ["sha256"] = file.Sha256,
            ["expiresOn"] = expiresOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        return document;
    }

    public bool IsCurrentOn(DateOnly day) => RemovedAt is null && (ExpiresOn is null || ExpiresOn >= day);

    public void Remove(DateTimeOffset now)
    {
        if (RemovedAt is not null)
        {
            throw new DomainException("Qualification.AlreadyRemoved");
        }

        RemovedAt = now;
        Record("Qualification.Removed", "Current", "Removed", new Dictionary<string, string?> { ["kind"] = Kind.ToString(), ["file"] = OriginalFileName });
    }

    public void MarkExpiryNoticeSent(DateTimeOffset now) => ExpiryNoticeSentAt ??= now;

    /// <summary>Keeps only the file's own name, without any folder a browser may send.</summary>
    private static string SafeName(string? name)
    {
        var plain = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(plain) ? "document" : plain.Length > 200 ? plain[^200..] : plain;
    }
}

/// <summary>What the file store reports about a stored file.</summary>
public sealed record StoredFileFacts(string StoredName, string ContentType, long SizeBytes, string Sha256);
