using CourtProcurement.Domain.Common;

namespace CourtProcurement.Application.Files;

/// <summary>An accepted upload: where it is stored and what its content turned out to be.</summary>
public sealed record CheckedFile(StoredFile Stored, string ContentType);

public static class CheckedUpload
{
    /// <summary>
    /// Stores an uploaded document after checking its type by content (PDF, JPEG, PNG); a file over
    /// <paramref name="maxBytes"/> is refused with <paramref name="tooLargeKey"/> (its limit in MB) and nothing is kept.
    /// </summary>
    public static async Task<CheckedFile> SaveAsync(IFileStore files, Stream content, long maxBytes, string tooLargeKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var header = buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, FileTypes.HeaderLength));
        var contentType = FileTypes.Detect(header) ?? throw new DomainException("Qualification.TypeNotAccepted");
        buffer.Position = 0;
        try
        {
            return new CheckedFile(await files.SaveAsync(buffer, maxBytes, cancellationToken), contentType);
        }
        catch (FileTooLargeException)
        {
            throw new DomainException(tooLargeKey, maxBytes / 1024 / 1024);
        }
    }
}
