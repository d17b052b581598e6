using CourtProcurement.Web.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;
using System.ComponentModel.DataAnnotations;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Courts;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.People;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.People;
using CourtProcurement.Web.Infrastructure.Mvc;
using CourtProcurement.Web.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Courts;

public sealed class InviteInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Person.Name")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Person.Email")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression("^(CourtAdmin|Judge)$", ErrorMessage = "Invitation.RoleRequired")]
    [Display(Name = "Person.Roles")]
    public string Role { get; set; } = CourtInvitation.JudgeRole;
}

public sealed record CourtHome(Court Court, IReadOnlyList<CourtPersonRow> People, IReadOnlyList<InvitationRow> Invitations, InviteInput Invite, bool CanManagePeople);

/// <summary>A court's own page: its people and invitations, for its own staff only.</summary>
[Authorize(Policy = Policies.ActForCourt)]
public sealed class CourtController(
    CourtQueries courts,
    Application.People.People people,
    InvitationMailer mailer,
    UserManager<AppUser> users,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The signed-in staff member's own court.</summary>
    [HttpGet]
    public Task<IActionResult> Index(CancellationToken cancellationToken)
        => People(User.TenantId(AppClaimTypes.CourtId)!.Value, cancellationToken);

    /// <summary>Any court by id: refused unless it is the user's own court.</summary>
    [HttpGet("Court/{id:guid}/People")]
    public async Task<IActionResult> People(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, CourtOperations.ViewInternals, cancellationToken) switch
        {
            (null, var refusal) => refusal!,
            var (court, _) => await PageAsync(court!, new InviteInput(), cancellationToken),
        };

    [Authorize(Policy = Policies.ManageCourt)]
    [EnableRateLimiting(SignInRateLimit.Policy)]
    [HttpPost("Court/{id:guid}/Invite")]
    public async Task<IActionResult> Invite(Guid id, [Bind(Prefix = "Invite")] InviteInput input, CancellationToken cancellationToken)
    {
        var (court, refusal) = await LoadAsync(id, CourtOperations.ManagePeople, cancellationToken);
        if (court is null)
        {
            return refusal!;
        }

        if (ModelState.IsValid)
        {
            try
            {
                var invitation = await people.InviteToCourtAsync(court.Id, input.Email, input.DisplayName, input.Role, cancellationToken);
                await mailer.SendAsync(invitation, court.Name, cancellationToken);
                this.Flash(localizer["Invitation.SentDone", invitation.Email]);
                return RedirectToAction(nameof(People), new { id });
            }
            catch (DomainException domain)
            {
                ModelState.AddDomainError(domain, localizer, new Dictionary<string, string> { ["Invitation.EmailHasAccount"] = "Invite.Email" });
            }
        }

        return await PageAsync(court, input, cancellationToken);
    }

    [Authorize(Policy = Policies.ManageCourt)]
    [HttpPost("Court/{id:guid}/Invitations/{invitationId:guid}/Revoke")]
    public async Task<IActionResult> Revoke(Guid id, Guid invitationId, CancellationToken cancellationToken)
    {
        var (court, refusal) = await LoadAsync(id, CourtOperations.ManagePeople, cancellationToken);
        return court is null ? refusal! : await ActAsync(() => people.RevokeCourtInvitationAsync(court.Id, invitationId, cancellationToken), "Invitation.RevokedDone", id);
    }

    [Authorize(Policy = Policies.ManageCourt)]
    [HttpPost("Court/{id:guid}/People/{userName}/Deactivate")]
    public Task<IActionResult> Deactivate(Guid id, string userName, CancellationToken cancellationToken) => SetActiveAsync(id, userName, false, cancellationToken);

    [Authorize(Policy = Policies.ManageCourt)]
    [HttpPost("Court/{id:guid}/People/{userName}/Reactivate")]
    public Task<IActionResult> Reactivate(Guid id, string userName, CancellationToken cancellationToken) => SetActiveAsync(id, userName, true, cancellationToken);

    private async Task<IActionResult> SetActiveAsync(Guid id, string userName, bool active, CancellationToken cancellationToken)
    {
        var (court, refusal) = await LoadAsync(id, CourtOperations.ManagePeople, cancellationToken);
        if (court is null)
        {
            return refusal!;
        }

        // Only a person of this court: a name from another court finds nobody.
        var person = await users.Users.SingleOrDefaultAsync(u => u.UserName == userName && u.CourtId == court.Id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        // The platform's own administrators sit in the court that runs it; that court's staff do not manage them.
        if (await users.IsInRoleAsync(person, AppRoles.PlatformAdmin) && !User.IsInRole(AppRoles.PlatformAdmin))
        {
            return Forbid();
        }

        return await ActAsync(() => people.SetActiveAsync(person, active, cancellationToken), active ? "People.ReactivatedDone" : "People.DeactivatedDone", id);
    }

    private async Task<(Court? Court, IActionResult? Refusal)> LoadAsync(Guid id, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        var court = await courts.FindAsync(id, cancellationToken);
        if (court is null)
        {
            return (null, NotFound());
        }

        return (await authorization.AuthorizeAsync(User, court, operation)).Succeeded ? (court, null) : (null, Forbid());
    }

    private async Task<IActionResult> PageAsync(Court court, InviteInput invite, CancellationToken cancellationToken)
    {
        var canManage = (await authorization.AuthorizeAsync(User, court, CourtOperations.ManagePeople)).Succeeded;
        return View("Index", new CourtHome(court, await courts.PeopleAsync(court.Id, cancellationToken),
            canManage ? await people.CourtInvitationsAsync(court.Id, cancellationToken) : [], invite, canManage));
    }

    private async Task<IActionResult> ActAsync(Func<Task> change, string doneKey, Guid id)
    {
        try
        {
            await change();
            this.Flash(localizer[doneKey]);
        }
        catch (DomainException refusal)
        {
            this.Flash(localizer[refusal.ResourceKey], FlashKind.Danger);
        }

        return RedirectToAction(nameof(People), new { id });
    }
}
