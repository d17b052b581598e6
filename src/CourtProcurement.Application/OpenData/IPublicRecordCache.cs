using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.Organizations;
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

/// <summary>Which saves touch the public record: every public state change writes a release, and the
/// notices also show courts', catalogue items' and organizations' names and the exclusion list.</summary>
public static class PublicRecord
{
    public static bool IsTouchedBy(ChangeTracker changes)
        => changes.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is OcdsRelease or Organization or Court or ServiceCategory or CatalogueItemVersion);
}
