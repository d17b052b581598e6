using System.Net;
using AngleSharp.Dom;
using CourtProcurement.Application.Calendar;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CourtProcurement.Web.Tests.Platform;

public sealed class CalendarTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Day(string date, string kind, string name) => new()
    {
        ["Input.Date"] = date,
        ["Input.Kind"] = kind,
        ["Input.Name"] = name,
    };

    [Fact]
    public async Task A_platform_administrator_keeps_the_years_holidays_and_the_arithmetic_follows()
    {
        using var platform = portal.NewSession();
        await platform.SignInAsync(DemoUsers.PlatformAdmin);
        var year = await platform.GetAsync("/Platform/Calendar/2026");
        Assert.Contains("春节调休", year.Document.QuerySelector("[data-testid=calendar-days]")!.TextContent, StringComparison.Ordinal);

        var weekday = await platform.SubmitAsync(year, Day("2026-12-30", "AdjustedWorkingDay", "调休"), "form[data-testid=calendar-form]");
        Assert.Equal("只有周六或周日才能设为调休上班日。", weekday.FieldError("Input.Kind"));
        Assert.Equal("调休", weekday.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Name")!.Value);

        var taken = await platform.SubmitAsync(weekday, Day("2026-10-01", "Holiday", "国庆节"), "form[data-testid=calendar-form]");
        Assert.Equal("该日期已在日历中。", taken.FieldError("Input.Date"));

        var added = await platform.SubmitAsync(taken, Day("2026-12-31", "Holiday", "年终休息"), "form[data-testid=calendar-form]");
        Assert.Contains("年终休息", added.Document.QuerySelector("[data-testid=calendar-days]")!.TextContent, StringComparison.Ordinal);

        await using var scope = portal.Services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<PlatformCalendar>().WorkingDaysAsync();
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 12, 31)));
        Assert.Equal(new DateOnly(2026, 2, 28), calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 7));
    }

    [Theory]
    [InlineData(DemoUsers.LonghuaAdmin)]
    [InlineData(DemoUsers.Org1Admin)]
    public async Task Only_the_platform_keeps_the_calendar(string user)
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(user);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/Platform/Calendar/2026")).Status);
    }
}
