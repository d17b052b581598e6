using Microsoft.AspNetCore.RateLimiting;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Catalogue;
using CourtProcurement.Application.Identity;
using System.ComponentModel.DataAnnotations;
using CourtProcurement.Application.Organizations;
using CourtProcurement.Application.People;
using CourtProcurement.Web.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using CourtProcurement.Domain.Common;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Organizations;

public sealed record OrganizationPage(OrganizationDetail Detail, IReadOnlyList<DocumentRow> Documents, IReadOnlyList<InvitationRow>? Invitations = null, MemberInviteInput? Invite = null);

public sealed class MemberInviteInput
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

    [Display(Name = "Organization.Administrator")]
    public bool MakesAdministrator { get; set; }
}

/// <summary>
/// An organization member's home: their own organization's record, status and members. Which organization
/// comes from the sign-in cookie only, so no id in a URL can reach another organization's page.
/// </summary>
[Authorize(Policy = Policies.ActForOrganization)]
public sealed class OrganizationController(
    OrganizationQueries organizations,
    OrganizationRegistration registration,
    QualificationDocuments documents,
    Application.People.People people,
    InvitationMailer mailer,
    UserManager<AppUser> users,
    CatalogueQueries catalogue,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private Guid OwnOrganizationId => User.TenantId(AppClaimTypes.OrganizationId)!.Value;

    [HttpGet]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => PageAsync(new MemberInviteInput(), cancellationToken);

    [Authorize(Policy = Policies.ManageOrganization)]
    [EnableRateLimiting(CourtProcurement.Web.Infrastructure.Security.SignInRateLimit.Policy)]
    [HttpPost]
    public async Task<IActionResult> InviteMember([Bind(Prefix = "Invite")] MemberInviteInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var invitation = await people.InviteToOrganizationAsync(OwnOrganizationId, input.Email, input.DisplayName, input.MakesAdministrator, cancellationToken);
                var name = (await organizations.FindAsync(OwnOrganizationId, cancellationToken))!.Name;
                await mailer.SendAsync(invitation, name, cancellationToken);
                this.Flash(localizer["Invitation.SentDone", invitation.Email]);
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException refusal)
            {
                ModelState.AddDomainError(refusal, localizer, new Dictionary<string, string> { ["Invitation.EmailHasAccount"] = "Invite.Email" });
            }
        }

        return await PageAsync(input, cancellationToken);
    }

    [Authorize(Policy = Policies.ManageOrganization)]
    [HttpPost("Organization/Invitations/{id:guid}/Revoke")]
    public async Task<IActionResult> RevokeInvitation(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await people.RevokeOrganizationInvitationAsync(id, cancellationToken);
            this.Flash(localizer["Invitation.RevokedDone"]);
        }
        catch (DomainException refusal)
        {
            this.Flash(localizer[refusal.ResourceKey], FlashKind.Danger);
        }

        return RedirectToAction(nameof(Index));
    }

    /// <summary>Removes a member from the organization: the account is deactivated and signed out everywhere.</summary>
    [Authorize(Policy = Policies.ManageOrganization)]
    [HttpPost("Organization/Members/{userName}/Remove")]
    public async Task<IActionResult> RemoveMember(string userName, CancellationToken cancellationToken)
    {
        // Only a member of the user's own organization: another organization's name finds nobody.
        var member = await users.Users.SingleOrDefaultAsync(u => u.UserName == userName && u.OrganizationId == OwnOrganizationId, cancellationToken);
        if (member is null)
        {
            return NotFound();
        }

        try
        {
            await people.SetActiveAsync(member, active: false, cancellationToken);
            this.Flash(localizer["People.DeactivatedDone"]);
        }
        catch (DomainException refusal)
        {
            this.Flash(localizer[refusal.ResourceKey], FlashKind.Danger);
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> PageAsync(MemberInviteInput invite, CancellationToken cancellationToken)
    {
        if (await organizations.DetailAsync(OwnOrganizationId, includeMembers: true, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        var isAdmin = User.HasClaim(AppClaimTypes.OrganizationAdmin, "true");
        return View("Index", new OrganizationPage(detail, await documents.ListAsync(OwnOrganizationId, cancellationToken),
            isAdmin ? await people.OrganizationInvitationsAsync(cancellationToken) : null, invite));
    }

    [Authorize(Policy = Policies.ManageOrganization)]
    [HttpGet]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        if (await organizations.DetailAsync(OwnOrganizationId, includeMembers: false, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        var input = new ProfileEditInput { Version = detail.Organization.Version };
        input.CopyFrom(detail.Organization);
        return await FormAsync(input, cancellationToken);
    }

    [Authorize(Policy = Policies.ManageOrganization)]
    [HttpPost]
    public async Task<IActionResult> Edit(ProfileEditInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await registration.UpdateProfileAsync(OwnOrganizationId, input.ToProfile(), input.Version, cancellationToken);
                this.Flash(localizer["Organization.Saved"]);
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException refusal)
            {
                ModelState.AddDomainError(refusal, localizer, OrganizationForms.Fields);
            }
        }

        return await FormAsync(input, cancellationToken);
    }

    [Authorize(Policy = Policies.ManageOrganization)]
    [HttpPost]
    public async Task<IActionResult> Resubmit(CancellationToken cancellationToken)
    {
        try
        {
            await registration.ResubmitAsync(OwnOrganizationId, cancellationToken);
            this.Flash(localizer["Organization.ResubmittedDone"]);
        }
        catch (DomainException refusal)
        {
            this.Flash(localizer[refusal.ResourceKey], FlashKind.Danger);
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> FormAsync(ProfileEditInput input, CancellationToken cancellationToken)
    {
        ViewData[OrganizationForms.CategoriesKey] = await catalogue.CategoriesAsync(cancellationToken);
        return View("Edit", input);
    }
}
