namespace CourtProcurement.Domain.Procurement;

/// <summary>A qualified bid as the scoring sees it.</summary>
public sealed record ScoredBid(Guid BidId, decimal Price, DateTimeOffset SubmittedAt);

/// <summary>One bid's scores and its place in the ranking (1 is first).</summary>
public sealed record BidResult(Guid BidId, decimal Price, decimal PriceScore, decimal TechnicalScore, decimal TotalScore, int Rank);

/// <summary>
/// The ranking of qualified bids. Comprehensive scoring (综合评分法): price score = lowest valid price /
/// this price × price weight; technical score = the average over the panel of each member's total for
/// the bid; ties are broken by the lower price, then the higher technical score, then the earlier
/// submission. Lowest price (最低评标价法): the lower price ranks first, then the earlier submission.
/// Scores are rounded to two places, as they are published.
/// </summary>
public static class Scoring
{
    /// <param name="memberTotals">Per panel member, their technical total per bid (the sum over the criteria).</param>
    public static IReadOnlyList<BidResult> Rank(
        EvaluationMethod method, int priceWeight, IReadOnlyCollection<ScoredBid> bids, IReadOnlyCollection<IReadOnlyDictionary<Guid, decimal>> memberTotals)
    {
        ArgumentNullException.ThrowIfNull(bids);
        ArgumentNullException.ThrowIfNull(memberTotals);
        if (bids.Count == 0)
        {
            return [];
        }

        if (bids.Any(b => b.Price <= 0))
        {
            throw new ArgumentException("Every scored bid needs a positive price.", nameof(bids));
        }

        var lowest = bids.Min(b => b.Price);
        var scored = bids.Select(b =>
        {
            if (method == EvaluationMethod.LowestPrice)
            {
                return (Bid: b, PriceScore: 0m, Technical: 0m);
            }

            var priceScore = decimal.Round(lowest / b.Price * priceWeight, 2, MidpointRounding.AwayFromZero);
            var technical = memberTotals.Count == 0 ? 0m
                : decimal.Round(memberTotals.Average(m => m.TryGetValue(b.BidId, out var t) ? t : throw new ArgumentException("A member has not scored every bid.", nameof(memberTotals))), 2, MidpointRounding.AwayFromZero);
            return (Bid: b, PriceScore: priceScore, Technical: technical);
        });

        var ordered = method == EvaluationMethod.LowestPrice
            ? scored.OrderBy(s => s.Bid.Price).ThenBy(s => s.Bid.SubmittedAt)
            : scored.OrderByDescending(s => s.PriceScore + s.Technical).ThenBy(s => s.Bid.Price).ThenByDescending(s => s.Technical).ThenBy(s => s.Bid.SubmittedAt);
        return [.. ordered.Select((s, i) => new BidResult(s.Bid.BidId, s.Bid.Price, s.PriceScore, s.Technical, s.PriceScore + s.Technical, i + 1))];
    }
}
