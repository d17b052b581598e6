using System.Globalization;

namespace CourtProcurement.Web.Infrastructure.Display;

/// <summary>How money and instants look on every page, whatever the interface language.</summary>
public static class Formats
{
    private static readonly TimeZoneInfo ChinaStandardTime = FindChinaStandardTime();

    /// <summary>CNY with two places and a thousands separator: ¥1,234.50.</summary>
    public static string Money(decimal amount)
        => (amount < 0 ? "-¥" : "¥") + Math.Abs(amount).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>An instant stored in UTC shown in China Standard Time, e.g. 2026-12-04 15:30.</summary>
    public static string ChinaTime(DateTimeOffset instant)
        => TimeZoneInfo.ConvertTime(instant, ChinaStandardTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string ChinaTime(DateTimeOffset? instant) => instant is { } value ? ChinaTime(value) : string.Empty;

    private static TimeZoneInfo FindChinaStandardTime()
    {
        // A machine without the time-zone database still shows China time: it has had no DST since 1991.
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
