using CourtProcurement.Domain.Calendar;
using CourtProcurement.Domain.Procurement;

namespace CourtProcurement.Domain.Tests.Procurement;

public sealed class ProcurementRulesTests
{
    private static readonly ProcurementRules Law = ProcurementRules.Statutory();

    private static readonly WorkingDayCalendar SpringFestival2026 = new(
        Enumerable.Range(15, 9).Select(d => CalendarDay.Create(new DateOnly(2026, 2, d), CalendarDayKind.Holiday, "春节"))
            .Append(CalendarDay.Create(new DateOnly(2026, 2, 14), CalendarDayKind.AdjustedWorkingDay, "春节调休"))
            .Append(CalendarDay.Create(new DateOnly(2026, 2, 28), CalendarDayKind.AdjustedWorkingDay, "春节调休")));

    [Fact]
    public void An_open_tender_runs_at_least_twenty_calendar_days_holidays_included()
        => Assert.Equal(new DateOnly(2026, 3, 4), Law.EarliestDeadline(ProcurementMethod.OpenTender, new DateOnly(2026, 2, 12), SpringFestival2026));

    [Fact]
    public void A_competitive_negotiation_runs_three_working_days_which_skip_the_festival()
        // Published Thursday 12 Feb: 13 (Fri), 14 (Sat, worked), 24 (Tue).
        => Assert.Equal(new DateOnly(2026, 2, 24), Law.EarliestDeadline(ProcurementMethod.CompetitiveNegotiation, new DateOnly(2026, 2, 12), SpringFestival2026));

    [Theory]
    [InlineData(ProcurementMethod.OpenTender, 2, false)]
    [InlineData(ProcurementMethod.OpenTender, 3, true)]
    [InlineData(ProcurementMethod.SingleSource, 1, true)]
    [InlineData(ProcurementMethod.RequestForQuotation, 2, false)]
    public void Too_few_valid_bids_fail_the_need(ProcurementMethod method, int bids, bool enough)
        => Assert.Equal(enough, Law.HasEnoughBidders(method, bids));

    [Fact]
    public void Only_the_negotiation_methods_take_a_final_offer()
        => Assert.Equal([ProcurementMethod.CompetitiveNegotiation, ProcurementMethod.CompetitiveConsultation],
            Enum.GetValues<ProcurementMethod>().Where(m => Law.For(m).AllowsFinalOffer));

    [Fact]
    public void A_challenge_may_be_filed_within_seven_working_days_of_the_award_notice()
        => Assert.Equal(new DateOnly(2026, 2, 28), Law.ChallengePeriod.EndFrom(new DateOnly(2026, 2, 12), SpringFestival2026));
}
