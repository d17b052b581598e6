using CourtProcurement.Application.Calendar;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Files;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Procurement;

/// <summary>
/// Challenges (质疑) by bidders to the court, and complaints (投诉) from them to the platform, with the
/// remedies and the suspension they may bring.
/// </summary>
public sealed class Challenges(
    AppDbContext db, ICurrentUser currentUser, ProcurementRules rules, PlatformCalendar calendar, Notifier notifier, IFileStore files, TimeProvider clock)
{
    public const long MaxDocumentBytes = 10 * 1024 * 1024;

    /// <summary>A bidder whose bid was opened files a challenge within the window, with an optional document.</summary>
    public async Task<Guid> FileAsync(Guid needId, string reasons, string? fileName, Stream? document, CancellationToken cancellationToken = default)
    {
        var organizationId = currentUser.OrganizationId ?? throw new DomainException("Common.NotFound");
        var need = await db.PublishedNeedAsync(needId, cancellationToken);
        if (!await db.Bids.AnyAsync(b => b.NeedId == needId && b.OrganizationId == organizationId && b.OpenedAt != null, cancellationToken))
        {
            throw new DomainException("Challenge.OnlyBidders");
        }

        var now = clock.GetUtcNow();
        var workingDays = await calendar.WorkingDaysAsync(cancellationToken);
        // Refuse a late challenge before anything is stored.
        _ = need.IsChallengeWindowOpen(now) ? 0 : throw new DomainException("Challenge.WindowClosed");
        var stored = document is not null && fileName is not null
            ? (await CheckedUpload.SaveAsync(files, document, MaxDocumentBytes, "Qualification.TooLarge", cancellationToken)).Stored
            : null;

        try
        {
            var challenge = Challenge.File(need, organizationId, reasons, stored?.StoredName, stored is null ? null : Path.GetFileName(fileName), now, rules, workingDays);
            db.Challenges.Add(challenge);
            await notifier.NotifyCourtAdministratorsAsync(need.CourtId, "Notice.ChallengeFiled", [need.Number, need.Title], $"/Procurement/{need.Id}", cancellationToken);
            await db.SaveOrRefuseAsync(cancellationToken);
            return challenge.Id;
        }
        catch
        {
            if (stored is not null)
            {
                await files.DeleteAsync(stored.StoredName, CancellationToken.None);
            }

            throw;
        }
    }

    /// <summary>The court answers; an upheld challenge cancels the award or reopens the evaluation.</summary>
    public async Task AnswerAsync(Guid challengeId, bool upheld, ChallengeRemedy? remedy, string answer, CancellationToken cancellationToken = default)
    {
        var challenge = await db.Challenges.SingleOrDefaultAsync(c => c.Id == challengeId && c.CourtId == currentUser.CourtId, cancellationToken)
            ?? throw new DomainException("Common.NotFound");
        var need = await db.NeedAsync(challenge.NeedId, cancellationToken);
        var now = clock.GetUtcNow();
        challenge.Respond(upheld, remedy, answer, now);
        if (upheld)
        {
            var bids = await db.Bids.Where(b => b.NeedId == need.Id && b.OpenedAt != null).ToListAsync(cancellationToken);
            if (remedy == ChallengeRemedy.ReopenEvaluation)
            {
                need.ReopenEvaluation(now);
                foreach (var sheet in await db.ScoreSheets.Where(s => s.NeedId == need.Id).ToListAsync(cancellationToken))
                {
                    sheet.Reopen();
                }
            }
            else if (need.Status == NeedStatus.Awarded)
            {
                need.CancelAward(now);
            }

            bids.ForEach(b => b.Reconsider(clearScores: remedy == ChallengeRemedy.ReopenEvaluation, now));
        }

        await notifier.NotifyOrganizationAsync(challenge.OrganizationId, "Notice.ChallengeAnswered", [need.Number, need.Title], $"/Bids/{need.Id}", cancellationToken);
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>The challenger takes the matter to the platform (投诉).</summary>
    public async Task ComplainAsync(Guid challengeId, string reasons, CancellationToken cancellationToken = default)
    {
        var challenge = await db.Challenges.SingleOrDefaultAsync(c => c.Id == challengeId && c.OrganizationId == currentUser.OrganizationId, cancellationToken)
            ?? throw new DomainException("Common.NotFound");
        challenge.Complain(reasons, clock.GetUtcNow(), rules, await calendar.WorkingDaysAsync(cancellationToken));
        var number = await db.ServiceNeeds.IgnoreQueryFilters([TenantQueryFilters.Name]).Where(n => n.Id == challenge.NeedId).Select(n => n.Number).SingleAsync(cancellationToken);
        await notifier.NotifyPlatformAdministratorsAsync("Notice.ComplaintLodged", [number], "/Platform/Complaints", cancellationToken);
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>A platform administrator decides a complaint: accepted, dismissed or withdrawn.</summary>
    public async Task DecideComplaintAsync(Guid challengeId, ComplaintStatus decision, string reasons, CancellationToken cancellationToken = default)
    {
        var challenge = await db.Challenges.SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken) ?? throw new DomainException("Common.NotFound");
        challenge.DecideComplaint(decision, reasons, clock.GetUtcNow());
        var need = await db.NeedAsync(challenge.NeedId, cancellationToken);
        await notifier.NotifyOrganizationAsync(challenge.OrganizationId, "Notice.ComplaintDecided", [need.Number, need.Title], $"/Bids/{need.Id}", cancellationToken);
        await notifier.NotifyCourtAdministratorsAsync(need.CourtId, "Notice.ComplaintDecided", [need.Number, need.Title], $"/Procurement/{need.Id}", cancellationToken);
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>The platform suspends a procurement while a complaint is decided, or lifts the suspension.</summary>
    public async Task SetSuspensionAsync(Guid needId, bool suspend, string? reason, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(needId, cancellationToken);
        if (suspend)
        {
            need.Suspend(reason ?? string.Empty, clock.GetUtcNow());
        }
        else
        {
            need.LiftSuspension(clock.GetUtcNow());
        }

        await notifier.NotifyCourtAdministratorsAsync(need.CourtId, suspend ? "Notice.NeedSuspended" : "Notice.SuspensionLifted", [need.Number, need.Title], $"/Procurement/{need.Id}", cancellationToken);
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    public async Task<DocumentDownloadResult?> DocumentAsync(Guid challengeId, CancellationToken cancellationToken = default)
    {
        var challenge = await db.Challenges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == challengeId, cancellationToken);
        return challenge?.DocumentKey is { } key
            ? new DocumentDownloadResult(challenge.DocumentName ?? "document", "application/octet-stream", files.OpenRead(key))
            : null;
    }
}

public sealed record DocumentDownloadResult(string FileName, string ContentType, Stream Content);
