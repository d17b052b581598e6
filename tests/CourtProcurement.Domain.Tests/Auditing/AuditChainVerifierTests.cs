using System.Reflection;
using CourtProcurement.Domain.Auditing;

namespace CourtProcurement.Domain.Tests.Auditing;

public sealed class AuditChainVerifierTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 1, 2, 3, TimeSpan.Zero);

    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        var (sequence, hash) = (0L, AuditEntry.GenesisHash);
        for (var i = 0; i < length; i++)
        {
            var entry = AuditEntry.Append(new AuditRecord(Start.AddMinutes(i), "u1", "longhua-admin", "Need.Published", "Need",
                $"id-{i}", "Draft", "Published", Guid.Empty, null, "{\"title\":\"送达服务\"}"), sequence, hash);
            entries.Add(entry);
            (sequence, hash) = (entry.Sequence, entry.Hash);
        }

        return entries;
    }

    private static AuditChainBreak? Verify(IEnumerable<AuditEntry> entries, AuditEntry head)
    {
        var verifier = new AuditChainVerifier();
        foreach (var entry in entries)
        {
            if (!verifier.Feed(entry))
            {
                break;
            }
        }

        return verifier.Finish(head.Sequence, head.Hash);
    }

    [Fact]
    public void An_untouched_chain_is_intact()
    {
        var chain = Chain(5);
        Assert.Null(Verify(chain, chain[^1]));
        Assert.Equal(AuditEntry.GenesisHash, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
    }

    [Fact]
    public void Each_hash_depends_on_the_content()
    {
        var a = Chain(1)[0];
        var b = AuditEntry.Append(new AuditRecord(Start, "u1", "longhua-admin", "Need.Published", "Need",
            "id-0", "Draft", "Cancelled", Guid.Empty, null, "{\"title\":\"送达服务\"}"), 0, AuditEntry.GenesisHash);
        Assert.NotEqual(a.Hash, b.Hash);
        Assert.Matches("^[0-9a-f]{64}$", a.Hash);
    }

    [Fact]
    public void An_edited_entry_is_found()
    {
        var chain = Chain(5);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.ToState))!.SetValue(chain[2], "Awarded");

        Assert.Equal(new AuditChainBreak(3, AuditChainBreakKind.ContentChanged), Verify(chain, chain[^1]));
    }

    [Fact]
    public void A_removed_entry_is_found()
    {
        var chain = Chain(5);
        var head = chain[^1];
        chain.RemoveAt(1);

        Assert.Equal(new AuditChainBreak(3, AuditChainBreakKind.LinkBroken), Verify(chain, head));
    }

    [Fact]
    public void Removing_the_latest_entries_is_found_against_the_head()
    {
        var chain = Chain(5);
        var head = chain[^1];
        chain.RemoveRange(3, 2);

        Assert.Equal(new AuditChainBreak(4, AuditChainBreakKind.EntriesMissingAtEnd), Verify(chain, head));
    }

    [Fact]
    public void Times_are_kept_to_the_millisecond_so_that_every_database_round_trips_them()
    {
        var entry = AuditEntry.Append(new AuditRecord(Start.AddTicks(12_345), null, null, "A", "B", "C", null, null, null, null, null), 0, AuditEntry.GenesisHash);
        Assert.Equal(Start.AddMilliseconds(1), entry.OccurredAt);
        Assert.Equal(TimeSpan.Zero, entry.OccurredAt.Offset);
    }

    [Fact]
    public void Entries_offer_no_public_way_to_change_them()
        => Assert.All(typeof(AuditEntry).GetProperties(BindingFlags.Public | BindingFlags.Instance),
            p => Assert.False(p.SetMethod?.IsPublic ?? false, p.Name));
}
