using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>A public holiday (法定节假日) on which courts and organizations do not work.</summary>
    Holiday = 1,

    /// <summary>A weekend day made a working day to balance a holiday (调休上班).</summary>
    AdjustedWorkingDay = 2,
}

/// <summary>One exception to the Monday-to-Friday week in the platform's calendar, kept by platform administrators.</summary>
public sealed class CalendarDay : Entity
{
    private CalendarDay()
    {
        Name = string.Empty;
    }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    /// <summary>What the day is for, e.g. 春节 or 春节调休.</summary>
    public string Name { get; private set; }

    public static CalendarDay Create(DateOnly date, CalendarDayKind kind, string name)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Calendar.KindRequired");
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarDayKind.AdjustedWorkingDay && !weekend)
        {
            throw new DomainException("Calendar.AdjustedDayMustBeWeekend");
        }

        var day = new CalendarDay { Date = date, Kind = kind, Name = Guard.Required(name, "Calendar.NameRequired", 50) };
        day.Record("Calendar.DayAdded", null, kind.ToString(), new Dictionary<string, string?>
        {
            ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = day.Name,
        });
        return day;
    }

    public void MarkRemoved() => Record("Calendar.DayRemoved", Kind.ToString(), null, new Dictionary<string, string?>
    {
        ["date"] = Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["name"] = Name,
    });
}
