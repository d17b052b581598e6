using System.Globalization;
using System.Text.Json;
using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Contracts;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.OpenData;

/// <summary>
/// Writes a release for each public state change of a need, in the same save as the change: whatever the
/// use case, a published change has its release, and a failed save has none.
/// </summary>
internal static class OcdsReleaseWriter
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task AddReleasesAsync(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tagsByNeed = new Dictionary<Guid, List<string>>();
        void Add(Guid needId, IEnumerable<string> tags)
        {
            var list = tagsByNeed.TryGetValue(needId, out var existing) ? existing : tagsByNeed[needId] = [];
            list.AddRange(tags.Where(t => !list.Contains(t)));
        }

        // Read the tracker once: each Entries() call detects changes over every tracked entity.
        var trackedNeeds = db.ChangeTracker.Entries<ServiceNeed>().Select(e => e.Entity).ToDictionary(n => n.Id);
        var trackedContracts = db.ChangeTracker.Entries<Contract>().Select(e => e.Entity).ToList();
        foreach (var need in trackedNeeds.Values.Where(n => n.PendingStateChanges.Count > 0))
        {
            Add(need.Id, need.PendingStateChanges.SelectMany(c => OcdsMapping.Tags(c.Action)));
        }

        // A contract is public from its signature (合同公告); what happens to it before that publishes nothing.
        foreach (var contract in trackedContracts.Where(c => c.SignedAt is not null && c.PendingStateChanges.Count > 0))
        {
            Add(contract.NeedId, contract.PendingStateChanges.SelectMany(c => OcdsMapping.Tags(c.Action)));
        }

        foreach (var order in Changed<WorkOrder>(db).Where(w => w.PendingStateChanges.Any(c => OcdsMapping.Tags(c.Action).Count > 0)))
        {
            // The contract may be new in this very save (the demo seeds both at once).
            var needId = trackedContracts.FirstOrDefault(c => c.Id == order.ContractId)?.NeedId
                ?? await db.Contracts.IgnoreQueryFilters([TenantQueryFilters.Name]).Where(c => c.Id == order.ContractId).Select(c => c.NeedId).SingleAsync(cancellationToken);
            Add(needId, order.PendingStateChanges.SelectMany(c => OcdsMapping.Tags(c.Action)));
        }

        foreach (var (needId, tags) in tagsByNeed.Where(t => t.Value.Count > 0))
        {
            var need = trackedNeeds.GetValueOrDefault(needId)
                ?? await db.ServiceNeeds.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking()
                    .Include(n => n.Clarifications).Include(n => n.Amendments).Include(n => n.Documents).AsSplitQuery()
                    .SingleAsync(n => n.Id == needId, cancellationToken);
            if (need.PublishedAt is null)
            {
                continue;
            }

            var cancelledAward = need.PendingStateChanges
                .Where(c => c.Action is "Need.AwardCancelled" or "Need.EvaluationReopened")
                .Select(c => c.Details?.GetValueOrDefault("bid")).Where(b => Guid.TryParse(b, out _)).Select(b => (Guid?)Guid.Parse(b!)).FirstOrDefault();
            var court = await db.Courts.AsNoTracking().Where(c => c.Id == need.CourtId)
                .Select(c => new OcdsParty(OcdsReleaseBuilder.PartyId("court", c.Id), c.Name, null)).SingleAsync(cancellationToken);
            var itemName = await db.CatalogueItemVersions.AsNoTracking().Where(v => v.Id == need.CatalogueItemVersionId).Select(v => v.NameZh).SingleAsync(cancellationToken);
            var bids = need.OpenedAt is null ? [] : await OpenedBidsAsync(db, need, cancellationToken);
            // Only an award can have a contract (and keeps its status once one is drawn).
            var contract = need.Status == NeedStatus.Awarded ? await SignedContractAsync(db, need.Id, trackedContracts, cancellationToken) : null;
            var release = OcdsReleaseBuilder.Build(need, tags, now, court, itemName, bids, cancelledAward, contract);
            db.Add(OcdsRelease.Create(need, now, tags, release.ToJsonString(Json)));
        }
    }

    /// <summary>Entities with state changes in this save, with their current (unsaved) values.</summary>
    private static List<T> Changed<T>(AppDbContext db)
        where T : Domain.Common.Entity
        => [.. db.ChangeTracker.Entries<T>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Unchanged && e.Entity.PendingStateChanges.Count > 0)
            .Select(e => e.Entity)];

    /// <summary>
    /// The need's signed contract as the release shows it: its member courts, and the verified work called
    /// off it as one transaction per court and China month (tracked instances carry this save's changes).
    /// </summary>
    private static async Task<OcdsContract?> SignedContractAsync(AppDbContext db, Guid needId, List<Contract> trackedContracts, CancellationToken cancellationToken)
    {
        var contract = trackedContracts.FirstOrDefault(c => c.NeedId == needId)
            ?? await db.Contracts.IgnoreQueryFilters([TenantQueryFilters.Name]).Include(c => c.Members).SingleOrDefaultAsync(c => c.NeedId == needId, cancellationToken);
        if (contract?.SignedAt is null)
        {
            return null;
        }

        var stored = await db.WorkOrders.IgnoreQueryFilters([TenantQueryFilters.Name]).Where(w => w.ContractId == contract.Id).ToListAsync(cancellationToken);
        var added = db.ChangeTracker.Entries<WorkOrder>().Where(e => e.State == EntityState.Added && e.Entity.ContractId == contract.Id).Select(e => e.Entity);
        var verified = stored.Concat(added).DistinctBy(w => w.Id).Where(w => w.Status == WorkOrderStatus.Verified).ToList();
        var courtIds = contract.Members.Select(m => m.CourtId).Concat(verified.Select(w => w.CourtId)).Append(contract.CourtId).Distinct().ToList();
        var courts = await db.Courts.AsNoTracking().Where(c => courtIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new OcdsParty(OcdsReleaseBuilder.PartyId("court", c.Id), c.Name, null), cancellationToken);
        var transactions = verified.GroupBy(w => (w.CourtId, Month: ChinaTime.ToChinaTime(w.ClosedAt!.Value).ToString("yyyy-MM", CultureInfo.InvariantCulture)))
            .OrderBy(g => g.Key.Month, StringComparer.Ordinal).ThenBy(g => g.Key.CourtId)
            .Select(g => new OcdsTransaction($"{contract.Id:D}-{g.Key.CourtId:D}-{g.Key.Month}", g.Max(w => w.ClosedAt!.Value), g.Sum(w => w.Amount), courts[g.Key.CourtId]))
            .ToList();
        return new OcdsContract(contract, [.. contract.Members.OrderBy(m => m.JoinedAt).Select(m => courts[m.CourtId])], transactions);
    }

    /// <summary>The opened bids with their current (possibly just changed, still unsaved) values: a tracking query returns the tracked instances.</summary>
    private static async Task<List<OcdsBid>> OpenedBidsAsync(AppDbContext db, ServiceNeed need, CancellationToken cancellationToken)
    {
        // Stored bids (a tracking query returns the tracked, possibly changed instances) and bids added in this very save.
        var stored = await db.Bids.IgnoreQueryFilters([TenantQueryFilters.Name]).Where(b => b.NeedId == need.Id).ToListAsync(cancellationToken);
        var added = db.ChangeTracker.Entries<Bid>().Where(e => e.State == EntityState.Added && e.Entity.NeedId == need.Id).Select(e => e.Entity);
        var opened = stored.Concat(added).DistinctBy(b => b.Id).Where(b => b.OpenedAt is not null).ToList();
        var ids = opened.Select(b => b.OrganizationId).ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Name, o.CreditCode), cancellationToken);
        return [.. opened.OrderBy(b => b.SubmittedAt).Select(b => new OcdsBid(b.Id,
            new OcdsParty(OcdsReleaseBuilder.PartyId("org", b.OrganizationId), organizations[b.OrganizationId].Name, organizations[b.OrganizationId].CreditCode),
            b.Id == need.AwardedBidId || b.Status is BidStatus.Won or BidStatus.Lost ? b.Price : null))];
    }
}
