using CourtProcurement.Application.Data;
using CourtProcurement.Application.Procurement;
using CourtProcurement.Domain.Calendar;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Seeding;

/// <summary>
/// The demo's procurements, one in every state, made through the same domain methods people use with
/// the clock set back where a state needs time to have passed: a draft, an open notice with questions and
/// sealed bids, a closed one waiting for its second opening official, one under evaluation, a fresh award
/// with a pending challenge, an older award ready for contract, a failed and a cancelled one.
/// </summary>
public sealed class DemoProcurement(AppDbContext db, BidSeal seal, ProcurementRules rules, TimeProvider clock)
{
    private static readonly TechnicalCriterion[] Criteria = [new("服务方案与质量保障", 40), new("人员配备与培训", 20), new("类似项目经验", 10)];

    private DateTimeOffset _now;
    private WorkingDayCalendar _calendar = new([]);
    private CatalogueItemVersion _direct = null!;
    private CatalogueItemVersion _scanning = null!;
    private Guid _longhua;
    private Guid[] _organizations = [];
    private (string Id, string Name)[] _panel = [];
    private int _sequence;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.ServiceNeeds.AnyAsync(cancellationToken) || !await db.Courts.AnyAsync(c => c.ShortCode == "粤0309", cancellationToken))
        {
            return;
        }

        _now = clock.GetUtcNow();
        _calendar = new WorkingDayCalendar(await db.Set<CalendarDay>().AsNoTracking().ToListAsync(cancellationToken));
        var versions = await db.CatalogueItems.Include(i => i.Versions).Where(i => i.Code == "sop-direct" || i.Code == "archive-scanning-page").ToListAsync(cancellationToken);
        var today = Domain.Common.ChinaTime.Today(_now);
        _direct = versions.Single(i => i.Code == "sop-direct").VersionOn(today)!;
        _scanning = versions.Single(i => i.Code == "archive-scanning-page").VersionOn(today)!;
        _longhua = await db.Courts.Where(c => c.ShortCode == "粤0309").Select(c => c.Id).SingleAsync(cancellationToken);
        var futian = await db.Courts.Where(c => c.ShortCode == "粤0304").Select(c => c.Id).SingleAsync(cancellationToken);
        _organizations = [.. await db.Organizations.Where(o => o.Status == Domain.Organizations.OrganizationStatus.Verified).OrderBy(o => o.CreditCode).Select(o => o.Id).ToListAsync(cancellationToken)];
        _panel = [.. (await db.Users.Where(u => u.CourtId == _longhua).OrderBy(u => u.UserName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken)).Select(u => (u.Id, u.DisplayName))];

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ServiceNeeds.Add(Need(_scanning, "2027年度诉讼卷宗扫描服务", ProcurementMethod.OpenTender, _now, _now.AddDays(30)));
        OpenNotice();
        ClosedAwaitingSecondOfficial();
        UnderEvaluation();
        Awarded(_now.AddDays(-2), "2027年度龙华法院直接送达服务（一标段）", withChallenge: true);
        Awarded(_now.AddDays(-60), "2026年第四季度直接送达服务", withChallenge: false);
        Awarded(_now.AddHours(-1), "2027年度龙华法院直接送达服务（六标段）", withChallenge: false, award: false);
        Failed();
        var cancelled = Need(_direct, "2026年电子送达辅助服务（已终止）", ProcurementMethod.RequestForQuotation, _now.AddDays(-10), _now.AddDays(5));
        cancelled.Publish(_now.AddDays(-10), rules, _calendar);
        cancelled.Cancel("采购需求发生重大变化：本院已建成电子送达平台，原需求不再需要。", _now.AddDays(-8));
        db.ServiceNeeds.Add(cancelled);
        var futianNeed = ServiceNeed.Draft(futian, "粤0304-2026-001", _direct, Terms("福田法院2027年度直接送达服务", ProcurementMethod.OpenTender, _now.AddDays(25)), _now.AddDays(-1));
        futianNeed.Publish(_now.AddDays(-1), rules, _calendar);
        db.ServiceNeeds.Add(futianNeed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static NeedTerms Terms(string title, ProcurementMethod method, DateTimeOffset deadline, bool dual = false)
        => new(title, "为本院民商事案件提供法律文书直接送达服务，含送达回证整理与电子归档。", 2000, 90_000m, 45m,
            new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), "深圳市龙华区人民法院辖区", method, EvaluationMethod.Comprehensive, 30, Criteria,
            "近三年无重大违法记录", deadline, deadline, dual, proposalDocumentRequired: false, null, []);

    private ServiceNeed Need(CatalogueItemVersion version, string title, ProcurementMethod method, DateTimeOffset draftedAt, DateTimeOffset deadline, bool dual = false)
        => ServiceNeed.Draft(_longhua, $"粤0309-{Domain.Common.ChinaTime.Today(draftedAt).Year}-{++_sequence:000}", version, Terms(title, method, deadline, dual), draftedAt);

    private ServiceNeed Published(string title, DateTimeOffset publishedAt, DateTimeOffset deadline, bool dual = false)
    {
        var need = Need(_direct, title, ProcurementMethod.OpenTender, publishedAt, deadline, dual);
        need.Publish(publishedAt, rules, _calendar);
        db.ServiceNeeds.Add(need);
        return need;
    }

    private Bid Bid(ServiceNeed need, int organization, decimal price, DateTimeOffset at, bool submit = true)
    {
        var bid = Domain.Procurement.Bid.Start(need.Id, need.CourtId, _organizations[organization], seal.Seal(need.Id, new BidOffer(price, $"服务方案：{price / need.Quantity:0.00} 元/份，专人专车，48 小时内首次送达。")), at, need.BidDeadline);
        if (submit)
        {
            bid.Submit(at, need.BidDeadline, documentRequired: false);
        }

        db.Bids.Add(bid);
        return bid;
    }

    private void OpenNotice()
    {
        var need = Published("2027年度龙华法院直接送达服务（二标段）", _now.AddDays(-3), _now.AddDays(20));
        var question = need.Ask(_organizations[1], "送达回证是否须当日上传系统？", _now.AddDays(-2));
        need.Answer(question.Id, "须在送达完成后 24 小时内上传。", _now.AddDays(-1));
        need.Ask(_organizations[0], "是否接受联合体投标？", _now.AddHours(-3));
        Bid(need, 2, 82_000m, _now.AddDays(-1));
        Bid(need, 0, 86_500m, _now.AddHours(-2), submit: false);
    }

    private void ClosedAwaitingSecondOfficial()
    {
        var need = Published("2027年度龙华法院直接送达服务（三标段）", _now.AddDays(-25), _now.AddHours(-20), dual: true);
        for (var i = 0; i < 3; i++)
        {
            Bid(need, i, 84_000m + (i * 1_500m), _now.AddDays(-5 + i));
        }

        need.ConfirmOpening(_panel[0].Id, _panel[0].Name, _now.AddHours(-2));
    }

    private (ServiceNeed Need, List<Bid> Bids) OpenedWithPanel(string title, DateTimeOffset deadline, decimal[] prices)
    {
        var need = Published(title, deadline.AddDays(-22), deadline);
        var bids = prices.Select((price, i) => Bid(need, i, price, deadline.AddDays(-3 + i))).ToList();
        need.ConfirmOpening(_panel[0].Id, _panel[0].Name, deadline);
        foreach (var bid in bids)
        {
            var offer = seal.Unseal(need.Id, bid.SealedOffer!);
            bid.Open(offer.Price, offer.Proposal, deadline);
        }

        need.AppointPanel(_panel);
        return (need, bids);
    }

    private void UnderEvaluation()
    {
        var (need, bids) = OpenedWithPanel("2027年度龙华法院直接送达服务（四标段）", _now.AddDays(-1), [83_000m, 87_000m, 79_500m]);
        need.DeclareNoConflict(_panel[0].Id, _now.AddHours(-20));
        need.DeclareNoConflict(_panel[1].Id, _now.AddHours(-19));
        bids[0].Qualify(_now.AddHours(-18));
        bids[1].Qualify(_now.AddHours(-18));
    }

    /// <summary>Evaluated by the whole panel and (unless <paramref name="award"/> is false) awarded to the first.</summary>
    private void Awarded(DateTimeOffset awardedAt, string title, bool withChallenge, bool award = true)
    {
        var (need, bids) = OpenedWithPanel(title, awardedAt.AddDays(-2), [81_000m, 88_000m, 84_500m]);
        decimal[][] technical = [[33, 16, 8], [38, 18, 9], [35, 17, 7]];
        var sheets = new List<ScoreSheet>();
        foreach (var (member, m) in _panel.Select((p, i) => (p, i)))
        {
            need.DeclareNoConflict(member.Id, awardedAt.AddDays(-2));
            var sheet = ScoreSheet.Start(need, member.Id);
            sheet.Score(need.Criteria, bids.SelectMany((b, bi) => technical[bi].Select((score, c) => new ScoreEntry(b.Id, c, score - (m % 2)))));
            sheet.Submit(need.Criteria, [.. bids.Select(b => b.Id)], awardedAt.AddDays(-1));
            sheets.Add(sheet);
        }

        bids.ForEach(b => b.Qualify(awardedAt.AddDays(-2)));
        var results = Scoring.Rank(need.EvaluationMethod, need.PriceWeight, [.. bids.Select(b => new ScoredBid(b.Id, b.Price!.Value, b.SubmittedAt!.Value))], [.. sheets.Select(s => s.Totals)]);
        foreach (var result in results)
        {
            bids.Single(b => b.Id == result.BidId).RecordResult(result, awardedAt.AddDays(-1));
        }

        need.CompleteEvaluation(awardedAt.AddDays(-1));
        db.ScoreSheets.AddRange(sheets);
        if (!award)
        {
            return;
        }

        var winner = results[0].BidId;
        need.Award(winner, winner, null, awardedAt, rules, _calendar);
        bids.ForEach(b => b.Decide(b.Id == winner, awardedAt));
        if (withChallenge)
        {
            var loser = bids.First(b => b.Id != winner);
            db.Challenges.Add(Challenge.File(need, loser.OrganizationId, "中标人的类似项目经验得分偏高，请复核其业绩证明材料。", null, null, awardedAt.AddDays(1), rules, _calendar));
        }
    }

    private void Failed()
    {
        var need = Published("2027年度龙华法院直接送达服务（五标段）", _now.AddDays(-30), _now.AddDays(-6));
        var only = Bid(need, 2, 85_000m, _now.AddDays(-7));
        need.ConfirmOpening(_panel[0].Id, _panel[0].Name, _now.AddDays(-6));
        var offer = seal.Unseal(need.Id, only.SealedOffer!);
        only.Open(offer.Price, offer.Proposal, _now.AddDays(-6));
        need.FailIfTooFewBids(1, rules, _now.AddDays(-6));
    }
}
