using CourtProcurement.Application.Data;
using CourtProcurement.Application.Files;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Organizations;

public sealed record DocumentRow(Guid Id, QualificationKind Kind, string FileName, string ContentType, long SizeBytes, string Sha256, DateOnly? ExpiresOn, DateTimeOffset UploadedAt, bool IsCurrent);

public sealed record DocumentDownload(string FileName, string ContentType, Stream Content);

/// <summary>
/// An organization's licences and certificates. Its own members upload and remove them; the platform and
/// every court's staff read those of verified organizations (the shared record); nobody else sees them.
/// </summary>
public sealed class QualificationDocuments(AppDbContext db, IFileStore files, ICurrentUser currentUser, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxPerOrganization = 30;

    private DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public async Task<Guid> UploadAsync(Guid organizationId, QualificationKind kind, DateOnly? expiresOn, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (expiresOn < Today)
        {
            throw new DomainException("Qualification.AlreadyExpired");
        }

        if (await db.QualificationDocuments.CountAsync(d => d.OrganizationId == organizationId && d.RemovedAt == null, cancellationToken) >= MaxPerOrganization)
        {
            throw new DomainException("Qualification.TooMany", MaxPerOrganization);
        }

        var seekable = content.CanSeek ? content : await CopyAsync(content, cancellationToken);
        var header = new byte[FileTypes.HeaderLength];
        var read = await seekable.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var contentType = FileTypes.Detect(header.AsSpan(0, read)) ?? throw new DomainException("Qualification.TypeNotAccepted");
        seekable.Seek(0, SeekOrigin.Begin);

        StoredFile stored;
        try
        {
            stored = await files.SaveAsync(seekable, MaxBytes, cancellationToken);
        }
        catch (FileTooLargeException)
        {
            throw new DomainException("Qualification.TooLarge", MaxBytes / 1024 / 1024);
        }

        try
        {
            var document = QualificationDocument.Upload(organizationId, kind, expiresOn, fileName,
                new StoredFileFacts(stored.StoredName, contentType, stored.SizeBytes, stored.Sha256), currentUser.UserId, Today, clock.GetUtcNow());
            db.QualificationDocuments.Add(document);
            await db.SaveChangesAsync(cancellationToken);
            return document.Id;
        }
        catch
        {
            // No row, no file: a failed upload leaves nothing behind.
            await files.DeleteAsync(stored.StoredName, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Removes one of the organization's own documents (the tenant filter finds no one else's).</summary>
    public async Task RemoveAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        var document = await db.QualificationDocuments.SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken)
            ?? throw new DomainException("Common.NotFound");
        document.Remove(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The documents of one organization that the current user may see, current ones first.</summary>
    public async Task<IReadOnlyList<DocumentRow>> ListAsync(Guid organizationId, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var documents = await Visible().Where(d => d.OrganizationId == organizationId && d.RemovedAt == null).ToListAsync(cancellationToken);
        return [.. documents.OrderBy(d => d.Kind).ThenByDescending(d => d.UploadedAt)
            .Select(d => new DocumentRow(d.Id, d.Kind, d.OriginalFileName, d.ContentType, d.SizeBytes, d.Sha256, d.ExpiresOn, d.UploadedAt, d.IsCurrentOn(today)))];
    }

    /// <summary>Opens a document the current user may read, or returns null (for someone else's, as for a missing one).</summary>
    public async Task<DocumentDownload?> OpenAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        var document = await Visible().SingleOrDefaultAsync(d => d.Id == documentId && d.RemovedAt == null, cancellationToken);
        // The name keeps what the uploader called it, but the extension says what the content is.
        return document is null
            ? null
            : new DocumentDownload(Path.ChangeExtension(document.OriginalFileName, FileTypes.Extension(document.ContentType)), document.ContentType, files.OpenRead(document.StoredName));
    }

    /// <summary>
    /// The organization's own members see their documents through the tenant filter; court staff see
    /// those of verified organizations, a deliberate, named exception: the shared record.
    /// </summary>
    private IQueryable<QualificationDocument> Visible()
    {
        if (currentUser.CourtId is null || currentUser.IsPlatformAdmin)
        {
            return db.QualificationDocuments.AsNoTracking();
        }

        var shared = db.Organizations.Where(o => o.Status == OrganizationStatus.Verified || o.Status == OrganizationStatus.Suspended).Select(o => o.Id);
        return db.QualificationDocuments.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking().Where(d => shared.Contains(d.OrganizationId));
    }

    private static async Task<MemoryStream> CopyAsync(Stream content, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }
}
