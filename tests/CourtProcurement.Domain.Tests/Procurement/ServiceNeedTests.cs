using CourtProcurement.Domain.Calendar;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using static CourtProcurement.Domain.Tests.Procurement.NeedBuilder;

namespace CourtProcurement.Domain.Tests.Procurement;

public sealed class ServiceNeedTests
{
    private static string Refusal(Action action) => Assert.Throws<DomainException>(action).ResourceKey;

    [Fact]
    public void A_draft_is_published_when_the_deadline_leaves_the_methods_notice_period()
    {
        var need = Draft();
        need.Publish(Now, Rules, NoHolidays);
        Assert.Equal(NeedStatus.Published, need.Status);
        Assert.Equal(["Need.Drafted", "Need.Published"], need.PendingStateChanges.Select(c => c.Action));
        Assert.True(need.AcceptsBids(Now));
        Assert.False(need.AcceptsBids(need.BidDeadline));
        Assert.True(need.IsBiddingClosed(need.BidDeadline));
    }

    [Fact]
    public void An_open_tender_needs_twenty_calendar_days_from_publication()
    {
        // Published on 4 December: the 24th is the earliest deadline day.
        var tooSoon = Draft(Terms(deadline: new DateTimeOffset(2026, 12, 23, 9, 0, 0, TimeSpan.FromHours(8))));
        var refusal = Assert.Throws<DomainException>(() => tooSoon.Publish(Now, Rules, NoHolidays));
        Assert.Equal(("Need.DeadlineTooSoon", "2026-12-24"), (refusal.ResourceKey, refusal.Arguments[0]));
        Assert.Equal(NeedStatus.Draft, tooSoon.Status);

        Published(Terms(deadline: new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void Request_for_quotation_counts_working_days_across_the_spring_festival()
    {
        var springFestival = new WorkingDayCalendar(Enumerable.Range(15, 9)
            .Select(d => CalendarDay.Create(new DateOnly(2026, 2, d), CalendarDayKind.Holiday, "春节"))
            .Append(CalendarDay.Create(new DateOnly(2026, 2, 14), CalendarDayKind.AdjustedWorkingDay, "调休")));
        var friday = new DateTimeOffset(2026, 2, 13, 2, 0, 0, TimeSpan.Zero);
        // Three working days after Friday 13 February: Saturday 14 (调休), then 24 and 25 after the holiday.
        var need = ServiceNeed.Draft(Court, "n", ItemVersion, Terms(ProcurementMethod.RequestForQuotation, new DateTimeOffset(2026, 2, 24, 17, 0, 0, TimeSpan.FromHours(8))), friday);
        Assert.Equal("2026-02-25", Assert.Throws<DomainException>(() => need.Publish(friday, Rules, springFestival)).Arguments[0]);

        var later = ServiceNeed.Draft(Court, "n", ItemVersion, Terms(ProcurementMethod.RequestForQuotation, new DateTimeOffset(2026, 2, 25, 17, 0, 0, TimeSpan.FromHours(8))), friday);
        later.Publish(friday, Rules, springFestival);
        Assert.Equal(NeedStatus.Published, later.Status);
    }

    [Fact]
    public void An_invited_tender_names_at_least_three_organizations_and_single_source_one_with_a_justification()
    {
        var twoInvited = Draft(Terms(ProcurementMethod.InvitedTender, invited: [Guid.NewGuid(), Guid.NewGuid()]));
        Assert.Equal("Need.TooFewInvited", Refusal(() => twoInvited.Publish(Now, Rules, NoHolidays)));

        Assert.Equal("Need.JustificationRequired", Refusal(() => Terms(ProcurementMethod.SingleSource, invited: [Guid.NewGuid()])));
        Assert.Equal("Need.SingleSourceNamesOne", Refusal(() => Terms(ProcurementMethod.SingleSource, invited: [], justification: "唯一具备资质的机构")));

        var single = Published(Terms(ProcurementMethod.SingleSource, invited: [Guid.NewGuid()], justification: "唯一具备少数民族语言翻译资质的机构"));
        // Five working days of public comment from Friday 4 December: the 11th.
        Assert.Equal(new DateOnly(2026, 12, 11), single.CommentPeriodEnds);
    }

    [Theory]
    [InlineData(9, "Need.PriceWeightRange")]
    [InlineData(31, "Need.PriceWeightRange")]
    [InlineData(20, "Need.ScoresSumTo100")]
    public void Comprehensive_scoring_keeps_the_price_weight_between_10_and_30_and_the_total_at_100(int priceWeight, string refusal)
        => Assert.Equal(refusal, Refusal(() => Terms(priceWeight: priceWeight)));

    [Fact]
    public void Lowest_price_has_no_technical_criteria()
    {
        var terms = Terms(evaluation: EvaluationMethod.LowestPrice, priceWeight: 0, criteria: []);
        Assert.Equal((0, 0), (terms.PriceWeight, terms.Criteria.Count));
    }

    [Fact]
    public void Bad_terms_are_refused_with_their_reasons()
    {
        Assert.Equal("Need.OpeningBeforeDeadline", Refusal(() => _ = new NeedTerms("t", "d", 1, 1, null, new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 2), "p",
            ProcurementMethod.OpenTender, EvaluationMethod.LowestPrice, 0, [], null, Now.AddDays(30), Now.AddDays(29), false, false, null, [])));
        Assert.Equal("Need.ServicePeriodOrder", Refusal(() => _ = new NeedTerms("t", "d", 1, 1, null, new DateOnly(2027, 1, 2), new DateOnly(2027, 1, 1), "p",
            ProcurementMethod.OpenTender, EvaluationMethod.LowestPrice, 0, [], null, Now.AddDays(30), Now.AddDays(30), false, false, null, [])));
        Assert.Equal("Need.BudgetPositive", Refusal(() => Terms(budget: 0)));
    }

    [Fact]
    public void Only_a_draft_is_edited_and_a_cancellation_needs_a_reason()
    {
        var need = Published();
        Assert.Equal("Need.OnlyDraftCanBeEdited", Refusal(() => need.Edit(ItemVersion, Terms())));
        Assert.Equal("Need.CancelReasonRequired", Refusal(() => need.Cancel(" ", Now)));
        need.Cancel("预算调整", Now);
        Assert.Equal((NeedStatus.Cancelled, "预算调整"), (need.Status, need.ClosingReason));
        Assert.Equal("Need.AlreadyClosed", Refusal(() => need.Cancel("again", Now)));
    }

    [Fact]
    public void An_amendment_close_to_the_deadline_moves_it_to_keep_the_minimum()
    {
        var need = Published();
        var originalDeadline = need.BidDeadline;
        var lateAmendment = originalDeadline.AddDays(-2);

        var moved = need.Amend("更正服务地点", null, null, lateAmendment, Rules, NoHolidays);

        // Twenty calendar days again, counted from the amendment's day, at the same time of day.
        Assert.Equal(ChinaTime.Today(lateAmendment).AddDays(20), ChinaTime.Today(moved));
        Assert.Equal(originalDeadline.TimeOfDay, moved.TimeOfDay);
        var amendment = Assert.Single(need.Amendments);
        Assert.Equal((originalDeadline, moved), (amendment.DeadlineBefore, amendment.DeadlineAfter));
        Assert.Equal(need.BidDeadline, need.OpeningTime);
        Assert.Equal("Amendment.DeadlineCannotMoveEarlier", Refusal(() => need.Amend("x", null, moved.AddDays(-1), lateAmendment, Rules, NoHolidays)));
        Assert.Equal("Need.AmendOnlyBeforeDeadline", Refusal(() => need.Amend("x", null, null, moved, Rules, NoHolidays)));
    }

    [Fact]
    public void Questions_are_asked_before_the_deadline_and_answered_once()
    {
        var need = Published();
        var question = need.Ask(Guid.NewGuid(), "是否接受联合体投标？", Now);
        need.Answer(question.Id, "不接受。", Now.AddHours(1));
        Assert.Equal("不接受。", need.Clarifications.Single().Answer);
        Assert.Equal("Clarification.AlreadyAnswered", Refusal(() => need.Answer(question.Id, "again", Now)));
        Assert.Equal("Clarification.OnlyBeforeDeadline", Refusal(() => need.Ask(Guid.NewGuid(), "?", need.BidDeadline)));
    }

    [Fact]
    public void Opening_waits_for_the_deadline_and_for_a_second_distinct_official_where_the_court_asks()
    {
        var need = Published(Terms(dual: true));
        Assert.Equal("Opening.BeforeDeadline", Refusal(() => need.ConfirmOpening("a", "甲", need.BidDeadline.AddSeconds(-1))));

        Assert.False(need.ConfirmOpening("a", "甲", need.BidDeadline));
        Assert.Equal(NeedStatus.Published, need.Status);
        Assert.Equal("Opening.SecondOfficialRequired", Refusal(() => need.ConfirmOpening("a", "甲", need.BidDeadline.AddMinutes(1))));
        Assert.False(need.IsDueForScheduledOpening(need.OpeningTime.AddHours(1)));

        Assert.True(need.ConfirmOpening("b", "乙", need.BidDeadline.AddMinutes(2)));
        Assert.Equal(NeedStatus.Opened, need.Status);
        Assert.Equal(2, need.PendingStateChanges.Count(c => c.Action == "Need.OpeningConfirmed"));
    }

    [Fact]
    public void Too_few_bids_fail_the_need_which_may_be_republished_under_another_method()
    {
        var need = Opened();
        Assert.False(need.FailIfTooFewBids(3, Rules, Now));
        Assert.True(need.FailIfTooFewBids(2, Rules, Now));
        Assert.Equal(NeedStatus.Failed, need.Status);

        var again = need.Republish("粤0309-2026-002", ItemVersion, Now);
        again.Edit(ItemVersion, Terms(ProcurementMethod.CompetitiveNegotiation));
        Assert.Equal((NeedStatus.Draft, need.Id, ProcurementMethod.CompetitiveNegotiation), (again.Status, again.PredecessorId, again.Method));
        Assert.Equal("Need.OnlyClosedCanBeRepublished", Refusal(() => again.Republish("x", ItemVersion, Now)));
    }

    [Fact]
    public void A_tender_panel_has_at_least_three_members_in_an_odd_number_who_declare_before_they_score()
    {
        var need = Opened();
        Assert.Equal("Panel.SizeForTender", Refusal(() => need.AppointPanel([("a", "甲"), ("b", "乙")])));
        Assert.Equal("Panel.SizeForTender", Refusal(() => need.AppointPanel([("a", "甲"), ("b", "乙"), ("c", "丙"), ("d", "丁")])));
        need.AppointPanel([("a", "甲"), ("b", "乙"), ("c", "丙")]);

        Assert.Equal("Panel.DeclareFirst", Refusal(() => need.RequireActiveMember("a")));
        Assert.Equal("Panel.NotAMember", Refusal(() => need.DeclareNoConflict("z", Now)));
        need.DeclareNoConflict("a", Now);
        Assert.Equal("Panel.AlreadyAtWork", Refusal(() => need.AppointPanel([("x", "x"), ("y", "y"), ("z", "z")])));
        Assert.Equal("Evaluation.PanelNotReady", Refusal(() => need.CompleteEvaluation(Now)));
        need.DeclareNoConflict("b", Now);
        need.DeclareNoConflict("c", Now);
        need.CompleteEvaluation(Now);
        Assert.Equal(NeedStatus.Evaluated, need.Status);
    }

    [Fact]
    public void The_award_to_another_than_the_first_needs_reasons_and_opens_seven_working_days_for_challenges()
    {
        var need = Evaluated();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        Assert.Equal("Award.ReasonRequired", Refusal(() => need.Award(second, first, null, Now, Rules, NoHolidays)));

        need.Award(first, first, null, Now, Rules, NoHolidays);
        // Friday 4 December + 7 working days = Tuesday 15 December.
        Assert.Equal((NeedStatus.Awarded, first, new DateOnly(2026, 12, 15)), (need.Status, need.AwardedBidId, need.ChallengeDeadline));
        Assert.True(need.IsChallengeWindowOpen(new DateTimeOffset(2026, 12, 15, 15, 0, 0, TimeSpan.Zero)));
        Assert.False(need.IsChallengeWindowOpen(new DateTimeOffset(2026, 12, 15, 16, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_upheld_challenge_cancels_the_award_or_reopens_the_evaluation()
    {
        var need = Evaluated();
        var bid = Guid.NewGuid();
        need.Award(bid, bid, null, Now, Rules, NoHolidays);
        need.CancelAward(Now);
        Assert.Equal((NeedStatus.Evaluated, (Guid?)null), (need.Status, need.AwardedBidId));
        need.Award(bid, bid, null, Now, Rules, NoHolidays);
        need.ReopenEvaluation(Now);
        Assert.Equal(NeedStatus.Opened, need.Status);
    }

    [Fact]
    public void A_suspended_procurement_neither_takes_bids_nor_awards()
    {
        var need = Published();
        need.Suspend("投诉处理期间暂停", Now);
        Assert.False(need.AcceptsBids(Now));
        Assert.Equal("Need.CannotSuspend", Refusal(() => need.Suspend("again", Now)));
        need.LiftSuspension(Now);
        Assert.True(need.AcceptsBids(Now));
    }

    [Fact]
    public void Prices_above_either_ceiling_or_with_more_than_two_places_are_refused()
    {
        var need = Published(Terms(budget: 100_000m, unitCeiling: 45m));
        need.CheckPrice(90_000m);
        Assert.Equal("Bid.AboveCeiling", Refusal(() => need.CheckPrice(100_000.01m)));
        Assert.Equal("Bid.AboveUnitCeiling", Refusal(() => need.CheckPrice(95_000m)));
        Assert.Equal("Bid.PriceMalformed", Refusal(() => need.CheckPrice(1.001m)));
        Assert.Equal("Bid.PriceMalformed", Refusal(() => need.CheckPrice(-1m)));
    }

    internal static ServiceNeed Evaluated()
    {
        var need = Opened();
        need.AppointPanel([("a", "甲"), ("b", "乙"), ("c", "丙")]);
        foreach (var member in new[] { "a", "b", "c" })
        {
            need.DeclareNoConflict(member, Now);
        }

        need.CompleteEvaluation(Now);
        return need;
    }
}
