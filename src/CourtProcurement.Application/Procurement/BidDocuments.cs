using CourtProcurement.Application.Data;
using CourtProcurement.Application.Files;
using CourtProcurement.Application.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Procurement;

/// <summary>
/// Reading a bid's document: the bidding organization always; the court (and the platform) only once the
/// bid has been opened. Everyone else, and everyone before the opening, finds nothing.
/// </summary>
public sealed class BidDocuments(AppDbContext db, ICurrentUser currentUser, BidSeal seal, IFileStore files)
{
    public async Task<DocumentDownloadResult?> OpenAsync(Guid needId, Guid bidId, Guid documentId, CancellationToken cancellationToken = default)
    {
        // The tenant filter already limits bids to the own organization's or the own court's.
        var bid = await db.Bids.AsNoTracking().Include(b => b.Documents).SingleOrDefaultAsync(b => b.Id == bidId && b.NeedId == needId, cancellationToken);
        var document = bid?.Documents.SingleOrDefault(d => d.Id == documentId);
        if (bid is null || document is null)
        {
            return null;
        }

        var own = currentUser.OrganizationId is { } organizationId && organizationId == bid.OrganizationId;
        if (!own && (bid.OpenedAt is null || await IsUndeclaredPanelMemberAsync(needId, cancellationToken)))
        {
            return null;
        }

        await using var stored = files.OpenRead(document.FileKey);
        using var buffer = new MemoryStream();
        await stored.CopyToAsync(buffer, cancellationToken);
        return new DocumentDownloadResult(document.FileName, document.ContentType, new MemoryStream(seal.Unseal(bid.NeedId, buffer.ToArray())));
    }

    /// <summary>A panel member reads bids only after declaring no conflict of interest, even on the court's own pages.</summary>
    private Task<bool> IsUndeclaredPanelMemberAsync(Guid needId, CancellationToken cancellationToken)
        => db.ServiceNeeds.AnyAsync(n => n.Id == needId && n.Panel.Any(m => m.UserId == currentUser.UserId && m.DeclaredNoConflictAt == null), cancellationToken);
}
