namespace CourtProcurement.Domain.Calendar;

/// <summary>
/// Working-day arithmetic for the periods the law counts in working days (challenges within 7 working
/// days, complaints within 15): Monday to Friday, less public holidays, plus adjusted working days (调休).
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _adjustedWorkingDays;

    public WorkingDayCalendar(IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var list = days.ToList();
        _holidays = [.. list.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date)];
        _adjustedWorkingDays = [.. list.Where(d => d.Kind == CalendarDayKind.AdjustedWorkingDay).Select(d => d.Date)];
    }

    public bool IsWorkingDay(DateOnly day)
    {
        if (_adjustedWorkingDays.Contains(day))
        {
            return true;
        }

        return !_holidays.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The day on which a period of <paramref name="workingDays"/> working days, counted from the day after <paramref name="start"/>, ends.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
