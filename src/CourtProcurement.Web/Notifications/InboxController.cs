using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.Notifications;

/// <summary>The signed-in person's notices: verification results, returned registrations, invitations, expiring qualifications.</summary>
[Authorize(Policy = Policies.ManageOwnAccount)]
public sealed class InboxController(Inbox inbox) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await inbox.LatestAsync(cancellationToken: cancellationToken));

    [HttpPost("Inbox/{id:guid}/Open")]
    public async Task<IActionResult> Open(Guid id, CancellationToken cancellationToken)
        => await inbox.OpenAsync(id, cancellationToken) switch
        {
            null => NotFound(),
            var link when Url.IsLocalUrl(link) => LocalRedirect(link),
            _ => RedirectToAction(nameof(Index)),
        };

    [HttpPost]
    public async Task<IActionResult> MarkAllRead(CancellationToken cancellationToken)
    {
        await inbox.MarkAllReadAsync(cancellationToken);
        return RedirectToAction(nameof(Index));
    }
}

/// <summary>The unread count beside the user's name in the header.</summary>
public sealed class InboxBadgeViewComponent(Inbox inbox) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await inbox.UnreadCountAsync());
}
