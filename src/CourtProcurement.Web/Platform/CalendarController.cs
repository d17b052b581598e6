using System.ComponentModel.DataAnnotations;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Calendar;
using CourtProcurement.Domain.Calendar;
using CourtProcurement.Domain.Common;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Platform;

public sealed class CalendarDayInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Calendar.Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Calendar.Kind")]
    public CalendarDayKind? Kind { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(50, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Calendar.Name")]
    public string Name { get; set; } = string.Empty;
}

public sealed record CalendarPage(int Year, IReadOnlyList<CalendarDayRow> Days, CalendarDayInput Input);

/// <summary>Platform administrators keep the calendar of public holidays and adjusted working days that working-day periods count by.</summary>
[Authorize(Policy = Policies.ManagePlatform)]
public sealed class CalendarController(PlatformCalendar calendar, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("Platform/Calendar/{year:int?}")]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken)
    {
        var shown = year ?? ChinaTime.Today(clock.GetUtcNow()).Year;
        return View(new CalendarPage(shown, await calendar.YearAsync(shown, cancellationToken), new CalendarDayInput()));
    }

    [HttpPost("Platform/Calendar/{year:int}")]
    public async Task<IActionResult> Add(int year, [Bind(Prefix = "Input")] CalendarDayInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await calendar.AddAsync(input.Date!.Value, input.Kind!.Value, input.Name, cancellationToken);
                this.Flash(localizer["Calendar.Added"]);
                return RedirectToAction(nameof(Index), new { year = input.Date.Value.Year });
            }
            catch (DomainException refusal)
            {
                ModelState.AddDomainError(refusal, localizer, new Dictionary<string, string>
                {
                    ["Calendar.DateTaken"] = "Input.Date",
                    ["Calendar.AdjustedDayMustBeWeekend"] = "Input.Kind",
                });
            }
        }

        return View(nameof(Index), new CalendarPage(year, await calendar.YearAsync(year, cancellationToken), input));
    }

    [HttpPost("Platform/Calendar/{year:int}/{id:guid}/Remove")]
    public async Task<IActionResult> Remove(int year, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await calendar.RemoveAsync(id, cancellationToken);
            this.Flash(localizer["Calendar.Removed"]);
        }
        catch (DomainException refusal)
        {
            this.Flash(localizer[refusal.ResourceKey], FlashKind.Danger);
        }

        return RedirectToAction(nameof(Index), new { year });
    }
}
