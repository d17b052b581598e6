using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Procurement;

/// <summary>Loading needs with everything their methods use, and saving with the refusals people understand.</summary>
internal static class ProcurementStore
{
    /// <summary>The current court's need (the tenant filter hides every other court's), with its children.</summary>
    public static async Task<ServiceNeed> NeedAsync(this AppDbContext db, Guid id, CancellationToken cancellationToken)
        => await WithChildren(db.ServiceNeeds).SingleOrDefaultAsync(n => n.Id == id, cancellationToken) ?? throw new DomainException("Common.NotFound");

    /// <summary>A published need as organizations see it: shared on purpose, past the court filter, never a draft.</summary>
    public static async Task<ServiceNeed> PublishedNeedAsync(this AppDbContext db, Guid id, CancellationToken cancellationToken)
        => await WithChildren(db.ServiceNeeds.IgnoreQueryFilters([TenantQueryFilters.Name]))
            .SingleOrDefaultAsync(n => n.Id == id && n.Status != NeedStatus.Draft, cancellationToken) ?? throw new DomainException("Common.NotFound");

    private static IQueryable<ServiceNeed> WithChildren(IQueryable<ServiceNeed> needs) => needs
        .Include(n => n.Clarifications).Include(n => n.Amendments).Include(n => n.OpeningConfirmations).Include(n => n.Panel).Include(n => n.Documents)
        .AsSplitQuery();

    /// <summary>Saves; a change someone else made meanwhile to the same record becomes a refusal to try again.</summary>
    public static async Task SaveOrRefuseAsync(this AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardQueuedAudit();
            throw new DomainException("Common.ConcurrentChange");
        }
        catch (DbUpdateException)
        {
            // A unique index caught a race (two drafts taking the same number, two first saves of a bid).
            db.DiscardQueuedAudit();
            throw new DomainException("Common.ConcurrentChange");
        }
    }
}
