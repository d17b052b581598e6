using CourtProcurement.Domain.Calendar;

namespace CourtProcurement.Application.Seeding;

/// <summary>
/// The 2026 public holidays and adjusted working days as the State Council announced them, for the demo;
/// on a real platform the administrators keep the calendar year by year.
/// </summary>
internal static class DemoCalendar
{
    public static IEnumerable<CalendarDay> Year2026()
    {
        IEnumerable<CalendarDay> Holidays(string name, int month, int first, int last)
            => Enumerable.Range(first, last - first + 1).Select(d => CalendarDay.Create(new DateOnly(2026, month, d), CalendarDayKind.Holiday, name));
        CalendarDay Worked(string name, int month, int day) => CalendarDay.Create(new DateOnly(2026, month, day), CalendarDayKind.AdjustedWorkingDay, name);

        return Holidays("元旦", 1, 1, 3).Append(Worked("元旦调休", 1, 4))
            .Concat(Holidays("春节", 2, 15, 23)).Append(Worked("春节调休", 2, 14)).Append(Worked("春节调休", 2, 28))
            .Concat(Holidays("清明节", 4, 4, 6))
            .Concat(Holidays("劳动节", 5, 1, 5)).Append(Worked("劳动节调休", 5, 9))
            .Concat(Holidays("端午节", 6, 19, 21))
            .Concat(Holidays("中秋节", 9, 25, 27))
            .Concat(Holidays("国庆节", 10, 1, 7)).Append(Worked("国庆节调休", 9, 20)).Append(Worked("国庆节调休", 10, 10));
    }
}
