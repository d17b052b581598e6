namespace CourtProcurement.Domain.Auditing;

public enum AuditChainBreakKind
{
    /// <summary>The entry's content no longer matches its hash: it was edited.</summary>
    ContentChanged = 1,

    /// <summary>The entry does not follow the one before it: entries were removed or reordered.</summary>
    LinkBroken = 2,

    /// <summary>The chain ends before the recorded head: the latest entries were removed.</summary>
    EntriesMissingAtEnd = 3,
}

public sealed record AuditChainBreak(long Sequence, AuditChainBreakKind Kind);

/// <summary>
/// Walks the chain in sequence order and reports the first break. Entries are fed one at a time so that a
/// long chain can be read in pages.
/// </summary>
public sealed class AuditChainVerifier
{
    private long _lastSequence;
    private string _lastHash = AuditEntry.GenesisHash;

    public long EntriesChecked { get; private set; }

    public AuditChainBreak? FirstBreak { get; private set; }

    /// <returns>False once a break has been found; the caller may stop reading.</returns>
    public bool Feed(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (FirstBreak is not null)
        {
            return false;
        }

        EntriesChecked++;
        if (entry.Sequence != _lastSequence + 1 || entry.PreviousHash != _lastHash)
        {
            FirstBreak = new AuditChainBreak(entry.Sequence, AuditChainBreakKind.LinkBroken);
            return false;
        }

        if (entry.ComputeHash() != entry.Hash)
        {
            FirstBreak = new AuditChainBreak(entry.Sequence, AuditChainBreakKind.ContentChanged);
            return false;
        }

        _lastSequence = entry.Sequence;
        _lastHash = entry.Hash;
        return true;
    }

    /// <summary>Compares where the walk ended with the chain head the application keeps.</summary>
    public AuditChainBreak? Finish(long headSequence, string headHash)
    {
        if (FirstBreak is null && (headSequence != _lastSequence || headHash != _lastHash))
        {
            FirstBreak = new AuditChainBreak(_lastSequence + 1, AuditChainBreakKind.EntriesMissingAtEnd);
        }

        return FirstBreak;
    }
}
