namespace CourtProcurement.Domain.Common;

/// <summary>
/// China Standard Time: instants are stored in UTC, and calendar rules (effective dates, working days)
/// and display use this zone.
/// </summary>
public static class ChinaTime
{
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTimeOffset ToChinaTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(DateTimeOffset utcNow) => DateOnly.FromDateTime(ToChinaTime(utcNow).DateTime);

    /// <summary>A wall-clock time typed by a user in China (a date-time field) as an instant.</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    private static TimeZoneInfo FindZone()
    {
        // A machine without the time-zone database still gets China time: it has had no DST since 1991.
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
