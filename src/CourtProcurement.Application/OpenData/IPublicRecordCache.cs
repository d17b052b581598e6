using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Contracts;
using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.Organizations;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CourtProcurement.Application.OpenData;

/// <summary>
/// Told after a save that changed what the public pages show, so that cached copies of them are dropped
/// at once instead of living out their minute (the web layer backs it with the output cache).
/// </summary>
public interface IPublicRecordCache
{
    ValueTask PublicRecordChangedAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Which saves touch what the public pages show: needs (status, notices), contracts, members and work
/// orders (the per-court totals), and courts', catalogue items' and organizations' names and the exclusion
/// list. Generous on purpose: a needless eviction costs one render, a missed one a wrong page.
/// </summary>
public static class PublicRecord
{
    public static bool IsTouchedBy(ChangeTracker changes)
        => changes.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is OcdsRelease or ServiceNeed or Contract or FrameworkMember or WorkOrder
                or Organization or Court or ServiceCategory or CatalogueItemVersion);
}
