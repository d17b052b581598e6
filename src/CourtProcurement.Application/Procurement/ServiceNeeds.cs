using System.Globalization;
using CourtProcurement.Application.Calendar;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Files;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Procurement;

/// <summary>A court administrator's service needs: draft, edit, publish, amend, answer questions, cancel, republish.</summary>
public sealed class ServiceNeeds(
    AppDbContext db, ICurrentUser currentUser, ProcurementRules rules, PlatformCalendar calendar, Notifier notifier, IFileStore files, TimeProvider clock)
{
    public const long MaxDocumentBytes = 20 * 1024 * 1024;

    private Guid CourtId => currentUser.CourtId ?? throw new DomainException("Common.NotFound");

    public async Task<Guid> DraftAsync(Guid catalogueItemId, NeedTerms terms, CancellationToken cancellationToken = default)
    {
        var version = await VersionInForceAsync(catalogueItemId, cancellationToken);
        await EnsureDeadlineCouldHoldAsync(terms, cancellationToken);
        var number = await NextNumberAsync(cancellationToken);
        var need = ServiceNeed.Draft(CourtId, number, version, terms, clock.GetUtcNow());
        db.ServiceNeeds.Add(need);
        await db.SaveOrRefuseAsync(cancellationToken);
        return need.Id;
    }

    public async Task EditAsync(Guid id, Guid catalogueItemId, NeedTerms terms, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(id, cancellationToken);
        await EnsureDeadlineCouldHoldAsync(terms, cancellationToken);
        need.Edit(await VersionInForceAsync(catalogueItemId, cancellationToken), terms);
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    public async Task PublishAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(id, cancellationToken);
        var invited = need.InvitedOrganizationIds;
        if (invited.Count > 0)
        {
            var verified = await db.Organizations.CountAsync(o => invited.Contains(o.Id) && o.Status == Domain.Organizations.OrganizationStatus.Verified, cancellationToken);
            if (verified != invited.Count)
            {
                throw new DomainException("Need.InviteeNotVerified");
            }
        }

        need.Publish(clock.GetUtcNow(), rules, await calendar.WorkingDaysAsync(cancellationToken));
        foreach (var organizationId in invited)
        {
            await notifier.NotifyOrganizationAsync(organizationId, "Notice.InvitedToBid", [need.Number, need.Title], $"/Tenders/{need.Id}", cancellationToken);
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    public async Task<DateTimeOffset> AmendAsync(Guid id, string summary, string? newDescription, DateTimeOffset? newDeadline, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(id, cancellationToken);
        var deadline = need.Amend(summary, newDescription, newDeadline, clock.GetUtcNow(), rules, await calendar.WorkingDaysAsync(cancellationToken));
        await NotifyBiddersAsync(need, "Notice.NeedAmended", [need.Number, need.Title], cancellationToken);
        await db.SaveOrRefuseAsync(cancellationToken);
        return deadline;
    }

    public async Task AnswerAsync(Guid id, Guid clarificationId, string answer, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(id, cancellationToken);
        need.Answer(clarificationId, answer, clock.GetUtcNow());
        await NotifyBiddersAsync(need, "Notice.QuestionAnswered", [need.Number, need.Title], cancellationToken);
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    public async Task CancelAsync(Guid id, string reason, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(id, cancellationToken);
        need.Cancel(reason, clock.GetUtcNow());
        await NotifyBiddersAsync(need, "Notice.NeedCancelled", [need.Number, need.Title], cancellationToken);
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>A failed or cancelled need comes back as a new draft with the same terms, to change and publish again.</summary>
    public async Task<Guid> RepublishAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(id, cancellationToken);
        if (await db.ServiceNeeds.AnyAsync(n => n.PredecessorId == id, cancellationToken))
        {
            throw new DomainException("Need.AlreadyRepublished");
        }

        var successor = need.Republish(await NextNumberAsync(cancellationToken), await VersionInForceAsync(need.CatalogueItemId, cancellationToken), clock.GetUtcNow());
        db.ServiceNeeds.Add(successor);
        await db.SaveOrRefuseAsync(cancellationToken);
        return successor.Id;
    }

    /// <summary>Attaches a document to the notice (PDF or image, checked by content); a failed save leaves no stray file.</summary>
    public async Task AttachDocumentAsync(Guid id, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var need = await db.NeedAsync(id, cancellationToken);
        var (stored, contentType) = await CheckedUpload.SaveAsync(files, content, MaxDocumentBytes, "Bid.DocumentTooLarge", cancellationToken);
        try
        {
            need.AttachDocument(NeedDocument.Create(need.Id, stored.StoredName, fileName, contentType, stored.SizeBytes, clock.GetUtcNow()), clock.GetUtcNow());
            await db.SaveOrRefuseAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(stored.StoredName, CancellationToken.None);
            throw;
        }
    }

    public async Task RemoveDocumentAsync(Guid id, Guid documentId, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(id, cancellationToken);
        var document = need.RemoveDocument(documentId);
        await db.SaveOrRefuseAsync(cancellationToken);
        await files.DeleteAsync(document.FileKey, cancellationToken);
    }

    /// <summary>Tells every organization with a bid on the need (their own inbox only says what is public).</summary>
    internal async Task NotifyBiddersAsync(ServiceNeed need, string messageKey, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var bidders = await db.Bids.IgnoreQueryFilters([TenantQueryFilters.Name]).Where(b => b.NeedId == need.Id).Select(b => b.OrganizationId).ToListAsync(cancellationToken);
        foreach (var organizationId in bidders)
        {
            await notifier.NotifyOrganizationAsync(organizationId, messageKey, arguments, $"/Tenders/{need.Id}", cancellationToken);
        }
    }

    /// <summary>A deadline too soon even if the need were published today is refused when it is typed, not only at publication.</summary>
    private async Task EnsureDeadlineCouldHoldAsync(NeedTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var earliest = rules.EarliestDeadline(terms.Method, ChinaTime.Today(clock.GetUtcNow()), await calendar.WorkingDaysAsync(cancellationToken));
        if (ChinaTime.Today(terms.BidDeadline) < earliest)
        {
            throw new DomainException("Need.DeadlineTooSoon", earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private async Task<CatalogueItemVersion> VersionInForceAsync(Guid catalogueItemId, CancellationToken cancellationToken)
    {
        var item = await db.CatalogueItems.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Id == catalogueItemId, cancellationToken)
            ?? throw new DomainException("Need.ItemRequired");
        return (item.IsRetired ? null : item.VersionOn(ChinaTime.Today(clock.GetUtcNow()))) ?? throw new DomainException("Need.ItemNotInForce");
    }

    /// <summary>The court's next number this year, e.g. 粤0309-2026-004; the unique index catches a race.</summary>
    private async Task<string> NextNumberAsync(CancellationToken cancellationToken)
    {
        var court = await db.Courts.AsNoTracking().SingleAsync(c => c.Id == CourtId, cancellationToken);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{court.ShortCode}-{ChinaTime.Today(clock.GetUtcNow()).Year}-");
        var taken = await db.ServiceNeeds.IgnoreQueryFilters([TenantQueryFilters.Name])
            .Where(n => n.CourtId == court.Id && n.Number.StartsWith(prefix)).Select(n => n.Number).ToListAsync(cancellationToken);
        var last = taken.Select(n => int.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : 0).DefaultIfEmpty(0).Max();
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{last + 1:000}");
    }
}
