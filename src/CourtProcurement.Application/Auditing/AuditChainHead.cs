using CourtProcurement.Domain.Auditing;

namespace CourtProcurement.Application.Auditing;

/// <summary>
/// The single row that knows the chain's last link. Every save that appends entries updates it first,
/// which takes a write lock on every provider, so appends are serialized and the chain never forks;
/// it also lets the verification notice entries deleted from the end.
/// </summary>
internal sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = AuditEntry.GenesisHash;

    /// <summary>Bumped before reading the head: the update is what takes the lock.</summary>
    public long LockVersion { get; set; }
}
