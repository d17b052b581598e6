using CourtProcurement.Application.Calendar;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Procurement;

/// <summary>
/// The evaluation after the opening: the court appoints its panel; members declare no conflict, check each
/// bid's qualification and score; the domain ranks; the court awards and every bidder learns its own result.
/// </summary>
public sealed class Evaluation(
    AppDbContext db, ICurrentUser currentUser, ProcurementRules rules, PlatformCalendar calendar, Notifier notifier, ServiceNeeds needs, BidSeal seal, TimeProvider clock)
{
    private string UserId => currentUser.UserId ?? throw new DomainException("Common.NotFound");

    /// <summary>The court administrator names the panel from the court's active judges and staff.</summary>
    public async Task AppointPanelAsync(Guid needId, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var need = await db.NeedAsync(needId, cancellationToken);
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.CourtId == need.CourtId && u.IsActive)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        if (people.Count != userIds.Distinct().Count())
        {
            throw new DomainException("Common.NotFound");
        }

        need.AppointPanel([.. people.Select(p => (p.Id, p.DisplayName))]);
        notifier.Notify(people.Select(p => p.Id), "Notice.PanelAppointed", [need.Number, need.Title], $"/Evaluation/{need.Id}");
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    public async Task DeclareNoConflictAsync(Guid needId, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(needId, cancellationToken);
        need.DeclareNoConflict(UserId, clock.GetUtcNow());
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>A declared member records whether a bid passes the qualification check (with a reason when it fails).</summary>
    public async Task CheckQualificationAsync(Guid needId, Guid bidId, bool passes, string? reason, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(needId, cancellationToken);
        need.RequireActiveMember(UserId);
        if (await db.ScoreSheets.AnyAsync(s => s.NeedId == needId && s.SubmittedAt != null, cancellationToken))
        {
            throw new DomainException("Evaluation.ScoringStarted");
        }

        var bid = await db.Bids.SingleOrDefaultAsync(b => b.Id == bidId && b.NeedId == needId, cancellationToken) ?? throw new DomainException("Common.NotFound");
        if (passes)
        {
            bid.Qualify(clock.GetUtcNow());
        }
        else
        {
            bid.Disqualify(reason ?? string.Empty, clock.GetUtcNow());
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>
    /// A member saves their own scores (and, with <paramref name="submit"/>, submits them for good). Each
    /// member writes only their own sheet, so members scoring at once do not overwrite each other.
    /// </summary>
    public async Task ScoreAsync(Guid needId, IReadOnlyCollection<ScoreEntry> entries, bool submit, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(needId, cancellationToken);
        need.RequireActiveMember(UserId);
        if (need.EvaluationMethod != EvaluationMethod.Comprehensive)
        {
            throw new DomainException("Evaluation.NoTechnicalScores");
        }

        var bids = await OpenedBidsAsync(needId, cancellationToken);
        if (bids.Any(b => b.Status == BidStatus.Opened))
        {
            throw new DomainException("Evaluation.QualificationFirst");
        }

        var qualified = bids.Where(b => b.Status == BidStatus.Qualified).Select(b => b.Id).ToHashSet();
        if (entries.Any(e => !qualified.Contains(e.BidId)))
        {
            throw new DomainException("Common.NotFound");
        }

        var sheet = await db.ScoreSheets.SingleOrDefaultAsync(s => s.NeedId == needId && s.MemberUserId == UserId, cancellationToken);
        if (sheet is null)
        {
            sheet = ScoreSheet.Start(need, UserId);
            db.ScoreSheets.Add(sheet);
        }

        sheet.Score(need.Criteria, entries);
        if (submit)
        {
            sheet.Submit(need.Criteria, qualified, clock.GetUtcNow());
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>Negotiation and consultation: the court calls a round of final offers from the qualified bidders.</summary>
    public async Task RequestFinalOffersAsync(Guid needId, DateTimeOffset deadline, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(needId, cancellationToken);
        need.RequestFinalOffers(deadline, clock.GetUtcNow(), rules);
        foreach (var bid in (await OpenedBidsAsync(needId, cancellationToken)).Where(b => b.Status == BidStatus.Qualified))
        {
            await notifier.NotifyOrganizationAsync(bid.OrganizationId, "Notice.FinalOffersRequested", [need.Number, need.Title], $"/Bids/{need.Id}", cancellationToken);
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>After the round's deadline: the final offers are unsealed and replace the prices.</summary>
    public async Task CloseFinalOfferRoundAsync(Guid needId, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(needId, cancellationToken);
        var now = clock.GetUtcNow();
        need.CloseFinalOfferRound(now);
        foreach (var bid in (await OpenedBidsAsync(needId, cancellationToken)).Where(b => b.SealedFinalOffer is not null))
        {
            bid.ApplyFinalOffer(seal.Unseal(need.Id, bid.SealedFinalOffer!).Price, now);
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>
    /// Completes the evaluation once every bid is checked and (for comprehensive scoring) every member has
    /// submitted: ranks the qualified bids, or fails the need when too few passed.
    /// </summary>
    public async Task CompleteAsync(Guid needId, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(needId, cancellationToken);
        var now = clock.GetUtcNow();
        var bids = await OpenedBidsAsync(needId, cancellationToken);
        if (need.Status != NeedStatus.Opened)
        {
            throw new DomainException("Panel.OnlyAfterOpening");
        }

        if (bids.Any(b => b.Status == BidStatus.Opened))
        {
            throw new DomainException("Evaluation.QualificationFirst");
        }

        if (need.IsFinalOfferRoundOpen)
        {
            throw new DomainException("FinalOffer.RoundOpen");
        }

        var qualified = bids.Where(b => b.Status == BidStatus.Qualified).ToList();
        if (need.FailIfTooFewBids(qualified.Count, rules, now))
        {
            await needs.NotifyBiddersAsync(need, "Notice.NeedFailed", [need.Number, need.Title], cancellationToken);
            await db.SaveOrRefuseAsync(cancellationToken);
            return;
        }

        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.NeedId == needId).ToListAsync(cancellationToken);
        // Every member has submitted a sheet that scores every bid still qualified (a late qualification change shows here).
        if (need.EvaluationMethod == EvaluationMethod.Comprehensive && (need.Panel.Any(m => !sheets.Any(s => s.MemberUserId == m.UserId && s.IsSubmitted))
            || sheets.Any(s => qualified.Any(b => !s.Totals.ContainsKey(b.Id)))))
        {
            throw new DomainException("Evaluation.ScoresOutstanding");
        }

        var results = Scoring.Rank(need.EvaluationMethod, need.PriceWeight,
            [.. qualified.Select(b => new ScoredBid(b.Id, b.Price!.Value, b.SubmittedAt ?? b.CreatedAt))],
            [.. sheets.Select(s => s.Totals)]);
        foreach (var result in results)
        {
            qualified.Single(b => b.Id == result.BidId).RecordResult(result, now);
        }

        need.CompleteEvaluation(now);
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>
    /// The court awards (to the first-ranked bid, or another with reasons) and publishes the award notice;
    /// every bidder is told its own rank and score.
    /// </summary>
    public async Task AwardAsync(Guid needId, Guid bidId, string? reason, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(needId, cancellationToken);
        var now = clock.GetUtcNow();
        var bids = await OpenedBidsAsync(needId, cancellationToken);
        var ranked = bids.Where(b => b.Rank is not null).OrderBy(b => b.Rank).ToList();
        if (ranked.Count == 0 || !ranked.Any(b => b.Id == bidId))
        {
            throw new DomainException("Award.BidNotRanked");
        }

        need.Award(bidId, ranked[0].Id, reason, now, rules, await calendar.WorkingDaysAsync(cancellationToken));
        foreach (var bid in ranked)
        {
            bid.Decide(bid.Id == bidId, now);
            await notifier.NotifyOrganizationAsync(bid.OrganizationId, bid.Id == bidId ? "Notice.BidWon" : "Notice.BidLost",
                [need.Number, need.Title, bid.Rank!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 (bid.TotalScore ?? 0).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)], $"/Bids/{need.Id}", cancellationToken);
        }

        foreach (var bid in bids.Where(b => b.Status == BidStatus.Disqualified))
        {
            await notifier.NotifyOrganizationAsync(bid.OrganizationId, "Notice.BidDisqualified", [need.Number, need.Title, bid.DisqualificationReason ?? string.Empty], $"/Bids/{need.Id}", cancellationToken);
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    private Task<List<Bid>> OpenedBidsAsync(Guid needId, CancellationToken cancellationToken)
        => db.Bids.Where(b => b.NeedId == needId && b.OpenedAt != null).ToListAsync(cancellationToken);
}
