using Microsoft.AspNetCore.RateLimiting;
using System.ComponentModel.DataAnnotations;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Courts;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.People;
using CourtProcurement.Web.Courts;
using CourtProcurement.Web.Infrastructure.Mvc;
using CourtProcurement.Web.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Platform;

public sealed class NewCourtInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Court.Name")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(20, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Court.ShortCode")]
    public string ShortCode { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Court.Level")]
    public CourtLevel? Level { get; set; }

    [Display(Name = "Court.Parent")]
    public Guid? ParentCourtId { get; set; }
}

public sealed record NewCourtForm(NewCourtInput Input, IReadOnlyList<CourtRow> Courts);

public sealed record PlatformCourtPage(Court Court, IReadOnlyList<CourtPersonRow> People, IReadOnlyList<Application.People.InvitationRow> Invitations, InviteInput Invite);

/// <summary>Platform administrators create courts in their hierarchy and invite each court's first administrator.</summary>
[Authorize(Policy = Policies.ManagePlatform)]
public sealed class PlatformCourtsController(
    CourtAdministration administration,
    CourtQueries courts,
    Application.People.People people,
    InvitationMailer mailer,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("Platform/Courts/New")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
        => View(new NewCourtForm(new NewCourtInput(), await courts.HierarchyAsync(cancellationToken)));

    [HttpPost("Platform/Courts/New")]
    public async Task<IActionResult> New([Bind(Prefix = "Input")] NewCourtInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var id = await administration.CreateAsync(input.Name, input.ShortCode, input.Level!.Value, input.ParentCourtId, cancellationToken);
                this.Flash(localizer["Court.Created"]);
                return RedirectToAction(nameof(Detail), new { id });
            }
            catch (DomainException refusal)
            {
                ModelState.AddDomainError(refusal, localizer, new Dictionary<string, string>
                {
                    ["Court.ShortCodeTaken"] = "Input.ShortCode",
                    ["Court.ParentMustBeOneLevelUp"] = "Input.ParentCourtId",
                    ["Court.SupremeHasNoParent"] = "Input.ParentCourtId",
                });
            }
        }

        return View(new NewCourtForm(input, await courts.HierarchyAsync(cancellationToken)));
    }

    [HttpGet("Platform/Courts/{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
        => await courts.FindAsync(id, cancellationToken) is { } court
            ? View(await PageAsync(court, new InviteInput { Role = CourtInvitation.CourtAdminRole }, cancellationToken))
            : NotFound();

    [HttpPost("Platform/Courts/{id:guid}/Invitations/{invitationId:guid}/Revoke")]
    public async Task<IActionResult> Revoke(Guid id, Guid invitationId, CancellationToken cancellationToken)
    {
        try
        {
            await people.RevokeCourtInvitationAsync(id, invitationId, cancellationToken);
            this.Flash(localizer["Invitation.RevokedDone"]);
        }
        catch (DomainException refusal)
        {
            this.Flash(localizer[refusal.ResourceKey], FlashKind.Danger);
        }

        return RedirectToAction(nameof(Detail), new { id });
    }

    private async Task<PlatformCourtPage> PageAsync(Court court, InviteInput invite, CancellationToken cancellationToken)
        => new(court, await courts.PeopleAsync(court.Id, cancellationToken), await people.CourtInvitationsAsync(court.Id, cancellationToken), invite);

    /// <summary>Invites a court administrator (typically the court's first); judges are then invited by that administrator.</summary>
    [EnableRateLimiting(CourtProcurement.Web.Infrastructure.Security.SignInRateLimit.Policy)]
    [HttpPost("Platform/Courts/{id:guid}/InviteAdministrator")]
    public async Task<IActionResult> InviteAdministrator(Guid id, [Bind(Prefix = "Invite")] InviteInput input, CancellationToken cancellationToken)
    {
        if (await courts.FindAsync(id, cancellationToken) is not { } court)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var invitation = await people.InviteToCourtAsync(id, input.Email, input.DisplayName, CourtInvitation.CourtAdminRole, cancellationToken);
                await mailer.SendAsync(invitation, court.Name, cancellationToken);
                this.Flash(localizer["Invitation.SentDone", invitation.Email]);
                return RedirectToAction(nameof(Detail), new { id });
            }
            catch (DomainException refusal)
            {
                ModelState.AddDomainError(refusal, localizer, new Dictionary<string, string> { ["Invitation.EmailHasAccount"] = "Invite.Email" });
            }
        }

        return View(nameof(Detail), await PageAsync(court, input, cancellationToken));
    }
}
