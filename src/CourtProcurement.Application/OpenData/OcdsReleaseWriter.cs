using System.Text.Json;
using CourtProcurement.Application.Data;
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
        var changed = db.ChangeTracker.Entries<ServiceNeed>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Unchanged && e.Entity.PendingStateChanges.Count > 0)
            .Select(e => e.Entity).ToList();
        foreach (var need in changed)
        {
            var tags = need.PendingStateChanges.SelectMany(c => OcdsMapping.Tags(c.Action)).Distinct().ToList();
            if (tags.Count == 0 || need.PublishedAt is null)
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
            var release = OcdsReleaseBuilder.Build(need, tags, now, court, itemName, bids, cancelledAward);
            db.Add(OcdsRelease.Create(need, now, tags, release.ToJsonString(Json)));
        }
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
