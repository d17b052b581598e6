using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.Platform;

public sealed record AuditTrailPage(Page<AuditEntryRow> Entries, string? EntityId, AuditChainReport? Report);

/// <summary>
/// The audit trail, read-only: there is deliberately no action here or anywhere that edits or deletes an
/// entry. Verification re-reads the whole chain and reports the first break.
/// </summary>
[Authorize(Policy = Policies.VerifyAuditTrail)]
public sealed class AuditTrailController(AuditTrailQueries queries, AuditChainVerification verification) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int page = 1, string? entityId = null, CancellationToken cancellationToken = default)
        => View(new AuditTrailPage(await queries.LatestAsync(page, entityId, cancellationToken), entityId, null));

    [HttpPost]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken)
    {
        var report = await verification.VerifyAsync(cancellationToken);
        return View(nameof(Index), new AuditTrailPage(await queries.LatestAsync(1, null, cancellationToken), null, report));
    }
}
