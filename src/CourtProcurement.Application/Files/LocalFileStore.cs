using System.Security.Cryptography;

namespace CourtProcurement.Application.Files;

/// <summary>
/// Files on local disk, in a folder outside wwwroot (<c>Files:Folder</c>, default <c>files</c> in the data
/// folder). Content is written to a temporary name and renamed when complete, so a half-written upload
/// never looks like a file.
/// </summary>
public sealed class LocalFileStore(string folder) : IFileStore
{
    public async Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(folder);
        var name = Guid.CreateVersion7().ToString("N");
        var temporary = Path.Combine(folder, name + ".part");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long total = 0;
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                    {
                        throw new FileTooLargeException();
                    }

                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            File.Move(temporary, PathOf(name));
            return new StoredFile(name, total, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Stream OpenRead(string storedName) => new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public Task DeleteAsync(string storedName, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(storedName));
        return Task.CompletedTask;
    }

    private string PathOf(string storedName)
    {
        // Only names this store generated: 32 hex digits, never a path.
        if (storedName.Length != 32 || !storedName.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException("Not a stored file name.", nameof(storedName));
        }

        return Path.Combine(folder, storedName);
    }
}
