using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using static CourtProcurement.Domain.Tests.Procurement.NeedBuilder;

namespace CourtProcurement.Domain.Tests.Procurement;

public sealed class ScoringTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    private static ScoredBid Bid(Guid id, decimal price, int minute = 0) => new(id, price, Now.AddMinutes(minute));

    [Fact]
    public void Worked_example_price_score_is_lowest_over_price_times_weight_plus_the_panels_average()
    {
        // Weight 30. A at 80,000 is lowest: 30.00. B at 100,000: 80,000/100,000 × 30 = 24.00.
        // C at 96,000: 80,000/96,000 × 30 = 25.00. Technical: the average of three members' totals.
        var results = Scoring.Rank(EvaluationMethod.Comprehensive, 30, [Bid(A, 80_000m), Bid(B, 100_000m), Bid(C, 96_000m)],
        [
            new Dictionary<Guid, decimal> { [A] = 50, [B] = 66, [C] = 60 },
            new Dictionary<Guid, decimal> { [A] = 52, [B] = 64, [C] = 61 },
            new Dictionary<Guid, decimal> { [A] = 51, [B] = 65, [C] = 59.5m },
        ]);

        Assert.Equal([(B, 24.00m, 65.00m, 89.00m, 1), (C, 25.00m, 60.17m, 85.17m, 2), (A, 30.00m, 51.00m, 81.00m, 3)],
            results.Select(r => (r.BidId, r.PriceScore, r.TechnicalScore, r.TotalScore, r.Rank)));
    }

    [Fact]
    public void Price_scores_are_rounded_to_two_places()
    {
        // 70,000 / 90,000 × 30 = 23.333… → 23.33.
        var results = Scoring.Rank(EvaluationMethod.Comprehensive, 30, [Bid(A, 70_000m), Bid(B, 90_000m)], []);
        Assert.Equal(23.33m, results.Single(r => r.BidId == B).PriceScore);
    }

    [Fact]
    public void Equal_totals_rank_the_lower_price_first_then_the_higher_technical_score()
    {
        // A: price 20.00 (lowest 60,000 at weight 20 → B) ... built so that totals tie.
        // B at 60,000: price 20.00 + technical 60.00 = 80.00. A at 75,000: 16.00 + 64.00 = 80.00.
        var results = Scoring.Rank(EvaluationMethod.Comprehensive, 20, [Bid(A, 75_000m), Bid(B, 60_000m)],
            [new Dictionary<Guid, decimal> { [A] = 64, [B] = 60 }]);
        Assert.Equal([B, A], results.Select(r => r.BidId));
        Assert.Equal(results[0].TotalScore, results[1].TotalScore);

        // Same total and price: the higher technical score first is impossible then, so the earlier submission decides.
        var same = Scoring.Rank(EvaluationMethod.Comprehensive, 20, [Bid(A, 60_000m, minute: 5), Bid(B, 60_000m, minute: 1)],
            [new Dictionary<Guid, decimal> { [A] = 60, [B] = 60 }]);
        Assert.Equal([B, A], same.Select(r => r.BidId));
    }

    [Fact]
    public void Lowest_price_ranks_by_price_alone()
    {
        var results = Scoring.Rank(EvaluationMethod.LowestPrice, 0, [Bid(A, 90_000m), Bid(B, 85_000m), Bid(C, 85_000m, minute: -1)], []);
        Assert.Equal([C, B, A], results.Select(r => r.BidId));
    }

    [Fact]
    public void A_member_scores_within_each_criterions_maximum_and_submits_a_complete_sheet_once()
    {
        var need = ServiceNeedTests.Evaluated();
        var opened = Opened();
        opened.AppointPanel([("a", "甲"), ("b", "乙"), ("c", "丙")]);
        Assert.Equal("Panel.DeclareFirst", Assert.Throws<DomainException>(() => ScoreSheet.Start(opened, "a")).ResourceKey);
        opened.DeclareNoConflict("a", Now);
        var sheet = ScoreSheet.Start(opened, "a");

        var tooHigh = Assert.Throws<DomainException>(() => sheet.Score(Criteria, [new ScoreEntry(A, 0, 41)]));
        Assert.Equal(("Scores.OutOfRange", "服务方案"), (tooHigh.ResourceKey, tooHigh.Arguments[0]));
        sheet.Score(Criteria, [new ScoreEntry(A, 0, 35), new ScoreEntry(B, 0, 30), new ScoreEntry(B, 1, 20)]);
        Assert.Equal("Scores.Incomplete", Assert.Throws<DomainException>(() => sheet.Submit(Criteria, [A, B], Now)).ResourceKey);
        sheet.Score(Criteria, [new ScoreEntry(A, 0, 35), new ScoreEntry(A, 1, 25), new ScoreEntry(B, 0, 30), new ScoreEntry(B, 1, 20)]);
        sheet.Submit(Criteria, [A, B], Now);
        Assert.Equal(60m, sheet.Totals[A]);
        Assert.Equal("Scores.AlreadySubmitted", Assert.Throws<DomainException>(() => sheet.Score(Criteria, [])).ResourceKey);
        Assert.Equal(NeedStatus.Evaluated, need.Status);
    }
}
