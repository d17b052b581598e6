using System.Globalization;

namespace CourtProcurement.Web.Infrastructure.Display;

/// <summary>How money and instants look on every page, whatever the interface language.</summary>
public static class Formats
{
    /// <summary>CNY with two places and a thousands separator: ¥1,234.50.</summary>
    public static string Money(decimal amount)
        => (amount < 0 ? "-¥" : "¥") + Math.Abs(amount).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>An instant stored in UTC shown in China Standard Time, e.g. 2026-12-04 15:30.</summary>
    public static string ChinaTime(DateTimeOffset instant)
        => Domain.Common.ChinaTime.ToChinaTime(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string ChinaTime(DateTimeOffset? instant) => instant is { } value ? ChinaTime(value) : string.Empty;

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
