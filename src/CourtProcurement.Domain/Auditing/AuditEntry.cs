using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CourtProcurement.Domain.Auditing;

/// <summary>
/// One link of the append-only audit trail. Its hash covers its content and the previous entry's hash,
/// so that changing or deleting a row behind the application's back breaks the chain where it happened
/// (docs/decisions/0003-audit-chain.md). Nothing here can be changed after creation.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private AuditEntry()
    {
        Action = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    /// <summary>Position in the chain, 1 for the first entry; also the key.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? ActorUserId { get; private set; }

    public string? ActorName { get; private set; }

    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public string? FromState { get; private set; }

    public string? ToState { get; private set; }

    public Guid? CourtId { get; private set; }

    public Guid? OrganizationId { get; private set; }

    /// <summary>Details as a JSON object.</summary>
    public string? Details { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>Links a record after the entry with <paramref name="previousSequence"/> and <paramref name="previousHash"/>.</summary>
    public static AuditEntry Append(AuditRecord record, long previousSequence, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = new AuditEntry
        {
            Sequence = previousSequence + 1,
            // Whole milliseconds: every provider stores them exactly, so the hash survives the round trip.
            OccurredAt = TruncateToMilliseconds(record.OccurredAt),
            ActorUserId = record.ActorUserId,
            ActorName = record.ActorName,
            Action = record.Action,
            EntityType = record.EntityType,
            EntityId = record.EntityId,
            FromState = record.FromState,
            ToState = record.ToState,
            CourtId = record.CourtId,
            OrganizationId = record.OrganizationId,
            Details = record.Details,
            PreviousHash = previousHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>The SHA-256 of this entry's content and its predecessor's hash, as lower-case hex.</summary>
    public string ComputeHash()
    {
        var canonical = new StringBuilder();
        // Length-prefixed fields: no choice of separator can make two different entries hash alike.
        void Add(string? value) => canonical.Append(value is null ? "-1:" : $"{value.Length}:{value}").Append('|');
        Add(Sequence.ToString(CultureInfo.InvariantCulture));
        Add(OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Add(ActorUserId);
        Add(ActorName);
        Add(Action);
        Add(EntityType);
        Add(EntityId);
        Add(FromState);
        Add(ToState);
        Add(CourtId?.ToString("D"));
        Add(OrganizationId?.ToString("D"));
        Add(Details);
        Add(PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
