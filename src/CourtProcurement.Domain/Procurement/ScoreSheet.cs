using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Procurement;

/// <summary>One score a member gave one bid on one criterion (by its position in the need's criteria).</summary>
public sealed record ScoreEntry(Guid BidId, int Criterion, decimal Score);

/// <summary>
/// A panel member's scores for a need. Each member has their own sheet, so that two members scoring at once
/// never write the same row; a sheet is private to its member until every member has submitted.
/// </summary>
public sealed class ScoreSheet : Entity, ICourtOwned
{
    private List<ScoreEntry> _entries = [];

    private ScoreSheet()
    {
        MemberUserId = string.Empty;
    }

    public Guid NeedId { get; private set; }

    public Guid CourtId { get; private set; }

    public string MemberUserId { get; private set; }

    public IReadOnlyList<ScoreEntry> Entries => _entries;

    public DateTimeOffset? SubmittedAt { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    /// <summary>Optimistic concurrency: a second browser tab of the same member cannot overwrite a submitted sheet unawares.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public static ScoreSheet Start(ServiceNeed need, string memberUserId)
    {
        ArgumentNullException.ThrowIfNull(need);
        need.RequireActiveMember(memberUserId);
        return new ScoreSheet { NeedId = need.Id, CourtId = need.CourtId, MemberUserId = memberUserId };
    }

    /// <summary>Saves the member's scores; each must lie within its criterion's maximum.</summary>
    public void Score(IReadOnlyList<TechnicalCriterion> criteria, IEnumerable<ScoreEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(entries);
        if (IsSubmitted)
        {
            throw new DomainException("Scores.AlreadySubmitted");
        }

        var list = entries.ToList();
        foreach (var entry in list)
        {
            if (entry.Criterion < 0 || entry.Criterion >= criteria.Count)
            {
                throw new DomainException("Common.NotFound");
            }

            var max = criteria[entry.Criterion].MaxScore;
            if (entry.Score < 0 || entry.Score > max || decimal.Round(entry.Score, 2) != entry.Score)
            {
                throw new DomainException("Scores.OutOfRange", criteria[entry.Criterion].Name, max);
            }
        }

        _entries = [.. list.DistinctBy(e => (e.BidId, e.Criterion))];
        Version = Guid.NewGuid();
        // The trail says that a member scored, never the scores (private until everyone has submitted).
        Record("ScoreSheet.Saved", null, null, new Dictionary<string, string?> { ["need"] = NeedId.ToString() });
    }

    /// <summary>Submits the sheet: every qualified bid scored on every criterion. It cannot change afterwards.</summary>
    public void Submit(IReadOnlyList<TechnicalCriterion> criteria, IReadOnlyCollection<Guid> qualifiedBids, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(qualifiedBids);
        if (IsSubmitted)
        {
            throw new DomainException("Scores.AlreadySubmitted");
        }

        if (qualifiedBids.Any(bid => Enumerable.Range(0, criteria.Count).Any(c => !_entries.Any(e => e.BidId == bid && e.Criterion == c))))
        {
            throw new DomainException("Scores.Incomplete");
        }

        SubmittedAt = now;
        Version = Guid.NewGuid();
        Record("ScoreSheet.Submitted", null, "Submitted", new Dictionary<string, string?> { ["need"] = NeedId.ToString() });
    }

    /// <summary>The member's technical total per bid.</summary>
    public IReadOnlyDictionary<Guid, decimal> Totals => _entries.GroupBy(e => e.BidId).ToDictionary(g => g.Key, g => g.Sum(e => e.Score));

    /// <summary>A reopened evaluation lets the member score again.</summary>
    public void Reopen()
    {
        SubmittedAt = null;
        Version = Guid.NewGuid();
        Record("ScoreSheet.Reopened", "Submitted", null, new Dictionary<string, string?> { ["need"] = NeedId.ToString() });
    }
}
