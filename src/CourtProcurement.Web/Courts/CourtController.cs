using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Courts;
using CourtProcurement.Application.Identity;
using CourtProcurement.Domain.Courts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.Courts;

public sealed record CourtHome(Court Court, IReadOnlyList<CourtPersonRow> People);

/// <summary>A court's own page, for its administrators and judges only.</summary>
[Authorize(Policy = Policies.ActForCourt)]
public sealed class CourtController(CourtQueries courts, IAuthorizationService authorization) : Controller
{
    /// <summary>The signed-in staff member's own court.</summary>
    [HttpGet]
    public Task<IActionResult> Index(CancellationToken cancellationToken)
        => People(User.TenantId(AppClaimTypes.CourtId)!.Value, cancellationToken);

    /// <summary>Any court by id: refused unless it is the user's own court.</summary>
    [HttpGet("Court/{id:guid}/People")]
    public async Task<IActionResult> People(Guid id, CancellationToken cancellationToken)
    {
        var court = await courts.FindAsync(id, cancellationToken);
        if (court is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, court, CourtOperations.ViewInternals)).Succeeded)
        {
            return Forbid();
        }

        return View("Index", new CourtHome(court, await courts.PeopleAsync(court.Id, cancellationToken)));
    }
}
