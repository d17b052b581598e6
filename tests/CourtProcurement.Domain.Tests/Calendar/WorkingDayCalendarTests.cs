using CourtProcurement.Domain.Calendar;
using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    // Spring Festival 2026 as announced: 15 to 23 February off; Saturdays 14 and 28 February worked (调休).
    private static readonly WorkingDayCalendar SpringFestival2026 = new(
        Enumerable.Range(15, 9).Select(d => CalendarDay.Create(new DateOnly(2026, 2, d), CalendarDayKind.Holiday, "春节"))
            .Append(CalendarDay.Create(new DateOnly(2026, 2, 14), CalendarDayKind.AdjustedWorkingDay, "春节调休"))
            .Append(CalendarDay.Create(new DateOnly(2026, 2, 28), CalendarDayKind.AdjustedWorkingDay, "春节调休")));

    [Theory]
    [InlineData(2026, 2, 13, true)]  // Friday
    [InlineData(2026, 2, 14, true)]  // Saturday, adjusted working day
    [InlineData(2026, 2, 16, false)] // Monday, Spring Festival
    [InlineData(2026, 2, 24, true)]  // Tuesday, back at work
    [InlineData(2026, 2, 21, false)] // Saturday within the holiday
    [InlineData(2026, 3, 7, false)]  // an ordinary Saturday
    public void Days_are_working_days_by_the_week_less_holidays_plus_adjusted_days(int y, int m, int d, bool working)
        => Assert.Equal(working, SpringFestival2026.IsWorkingDay(new DateOnly(y, m, d)));

    [Fact]
    public void Seven_working_days_from_a_notice_before_the_festival_jump_the_holiday_and_count_the_adjusted_saturdays()
    {
        // Notice on Thursday 12 Feb: 13 (Fri), 14 (Sat, worked), 24, 25, 26, 27 (Tue-Fri), 28 (Sat, worked).
        Assert.Equal(new DateOnly(2026, 2, 28), SpringFestival2026.AddWorkingDays(new DateOnly(2026, 2, 12), 7));
    }

    [Fact]
    public void Counting_back_agrees_with_counting_forward()
    {
        var start = new DateOnly(2026, 2, 10);
        var end = SpringFestival2026.AddWorkingDays(start, 15);
        Assert.Equal(15, SpringFestival2026.WorkingDaysBetween(start, end));
    }

    [Fact]
    public void Without_exceptions_a_week_has_five_working_days()
        => Assert.Equal(new DateOnly(2026, 3, 16), new WorkingDayCalendar([]).AddWorkingDays(new DateOnly(2026, 3, 9), 5));

    [Fact]
    public void Only_a_weekend_day_can_be_made_a_working_day()
        => Assert.Equal("Calendar.AdjustedDayMustBeWeekend",
            Assert.Throws<DomainException>(() => CalendarDay.Create(new DateOnly(2026, 2, 11), CalendarDayKind.AdjustedWorkingDay, "调休")).ResourceKey);
}
