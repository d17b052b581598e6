using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using static CourtProcurement.Domain.Tests.Procurement.NeedBuilder;

namespace CourtProcurement.Domain.Tests.Procurement;

public sealed class ChallengeTests
{
    // The award is published on Friday 4 December; challenges until Tuesday 15 December.
    private static DateTimeOffset ChinaDay(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    private static string Refusal(Action action) => Assert.Throws<DomainException>(action).ResourceKey;

    private static ServiceNeed Awarded()
    {
        var need = ServiceNeedTests.Evaluated();
        var bid = Guid.NewGuid();
        need.Award(bid, bid, null, Now, Rules, NoHolidays);
        return need;
    }

    [Fact]
    public void A_challenge_is_filed_within_seven_working_days_of_the_award_notice()
    {
        var need = Awarded();
        Assert.Equal("Challenge.WindowClosed", Refusal(() => Challenge.File(need, Guid.NewGuid(), "评分有误", null, null, ChinaDay(12, 16), Rules, NoHolidays)));
        Assert.Equal("Challenge.ReasonsRequired", Refusal(() => Challenge.File(need, Guid.NewGuid(), " ", null, null, ChinaDay(12, 15), Rules, NoHolidays)));

        var challenge = Challenge.File(need, Guid.NewGuid(), "评分有误", null, null, ChinaDay(12, 15), Rules, NoHolidays);
        // The court answers within 7 working days: by Thursday 24 December.
        Assert.Equal((ChallengeStatus.Open, new DateOnly(2026, 12, 24), true), (challenge.Status, challenge.AnswerDue, challenge.IsPending));
    }

    [Fact]
    public void An_upheld_challenge_names_its_remedy()
    {
        var challenge = Challenge.File(Awarded(), Guid.NewGuid(), "评分有误", null, null, ChinaDay(12, 7), Rules, NoHolidays);
        Assert.Equal("Challenge.RemedyRequired", Refusal(() => challenge.Respond(true, null, "成立", ChinaDay(12, 8))));
        challenge.Respond(true, ChallengeRemedy.ReopenEvaluation, "成立，重新评审", ChinaDay(12, 8));
        Assert.Equal((ChallengeStatus.Upheld, ChallengeRemedy.ReopenEvaluation, false), (challenge.Status, challenge.Remedy, challenge.IsPending));
        Assert.Equal("Challenge.AlreadyAnswered", Refusal(() => challenge.Respond(false, null, "x", ChinaDay(12, 9))));
    }

    [Fact]
    public void A_complaint_follows_an_answer_or_a_missed_answer_within_fifteen_working_days()
    {
        var unanswered = Challenge.File(Awarded(), Guid.NewGuid(), "评分有误", null, null, ChinaDay(12, 7), Rules, NoHolidays);
        // Answer due by Wednesday 16 December; until then the challenger waits.
        Assert.Equal(new DateOnly(2026, 12, 16), unanswered.AnswerDue);
        Assert.Equal("Complaint.WaitForAnswer", Refusal(() => unanswered.Complain("未答复", ChinaDay(12, 16), Rules, NoHolidays)));
        // Fifteen working days from the 16th: 6 January 2027.
        Assert.Equal(new DateOnly(2027, 1, 6), unanswered.ComplaintDeadline(ChinaDay(12, 17), Rules, NoHolidays));
        unanswered.Complain("采购人逾期未答复", ChinaDay(12, 17), Rules, NoHolidays);
        Assert.Equal((ComplaintStatus.Lodged, true), (unanswered.ComplaintStatus, unanswered.IsPending));
        Assert.Equal("Complaint.AlreadyLodged", Refusal(() => unanswered.Complain("again", ChinaDay(12, 18), Rules, NoHolidays)));
        Assert.Equal("Complaint.DecisionRequired", Refusal(() => unanswered.DecideComplaint(ComplaintStatus.Lodged, "x", ChinaDay(12, 20))));
        unanswered.DecideComplaint(ComplaintStatus.Dismissed, "理由不成立", ChinaDay(12, 21));
        Assert.False(unanswered.IsPending);

        var answered = Challenge.File(Awarded(), Guid.NewGuid(), "评分有误", null, null, ChinaDay(12, 7), Rules, NoHolidays);
        answered.Respond(false, null, "不成立", ChinaDay(12, 8));
        Assert.Equal("Complaint.WindowClosed", Refusal(() => answered.Complain("不服", new DateTimeOffset(2027, 1, 1, 10, 0, 0, TimeSpan.FromHours(8)), Rules, NoHolidays)));
    }

    [Fact]
    public void A_contract_waits_for_the_windows_to_close_with_nothing_pending()
    {
        var need = Awarded();
        Assert.Equal("Readiness.ChallengeWindowOpen", ContractReadiness.Blocker(need, [], ChinaDay(12, 15), Rules, NoHolidays));
        Assert.Null(ContractReadiness.Blocker(need, [], ChinaDay(12, 16), Rules, NoHolidays));

        var challenge = Challenge.File(need, Guid.NewGuid(), "评分有误", null, null, ChinaDay(12, 14), Rules, NoHolidays);
        Assert.Equal("Readiness.ChallengePending", ContractReadiness.Blocker(need, [challenge], ChinaDay(12, 16), Rules, NoHolidays));
        challenge.Respond(false, null, "不成立", ChinaDay(12, 16));
        Assert.Equal("Readiness.ComplaintWindowOpen", ContractReadiness.Blocker(need, [challenge], ChinaDay(12, 17), Rules, NoHolidays));
        Assert.Null(ContractReadiness.Blocker(need, [challenge], new DateTimeOffset(2027, 1, 7, 10, 0, 0, TimeSpan.FromHours(8)), Rules, NoHolidays));

        need.Suspend("投诉处理", Now);
        Assert.Equal("Need.Suspended", ContractReadiness.Blocker(need, [challenge], new DateTimeOffset(2027, 1, 7, 10, 0, 0, TimeSpan.FromHours(8)), Rules, NoHolidays));
    }
}
