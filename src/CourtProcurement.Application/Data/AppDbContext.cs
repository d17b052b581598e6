using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Auditing;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.Organizations;
using CourtProcurement.Domain.Procurement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CourtProcurement.Application.Data;

/// <summary>
/// The one database context: Identity's tables and the domain's. Two things happen here for every
/// feature: tenant query filters narrow court- and organization-owned rows to the current user
/// (<see cref="TenantQueryFilters"/>), and each save writes the audit entries for the state changes it
/// carries, in the same transaction (<see cref="AuditTrailWriter"/>).
/// </summary>
// Not sealed only so that tests can add probe entities to exercise the tenant filters.
public class AppDbContext : IdentityDbContext<AppUser, IdentityRole, string>
{
    private readonly ICurrentUser _currentUser;
    private readonly AuditTrailWriter _auditTrail;
    private readonly TimeProvider _clock;
    private readonly OpenData.IPublicRecordCache? _publicRecordCache;

    public AppDbContext(DbContextOptions<AppDbContext> options, ICurrentUser currentUser, TimeProvider clock, OpenData.IPublicRecordCache? publicRecordCache = null)
        : base(options)
    {
        _currentUser = currentUser;
        _auditTrail = new AuditTrailWriter(this, currentUser, clock);
        _clock = clock;
        _publicRecordCache = publicRecordCache;
    }

    public DbSet<Court> Courts => Set<Court>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<QualificationDocument> QualificationDocuments => Set<QualificationDocument>();

    public DbSet<ServiceCategory> ServiceCategories => Set<ServiceCategory>();

    public DbSet<CatalogueItem> CatalogueItems => Set<CatalogueItem>();

    public DbSet<CatalogueItemVersion> CatalogueItemVersions => Set<CatalogueItemVersion>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ServiceNeed> ServiceNeeds => Set<ServiceNeed>();

    public DbSet<Bid> Bids => Set<Bid>();

    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();

    public DbSet<Challenge> Challenges => Set<Challenge>();

    public DbSet<OpenData.OcdsRelease> OcdsReleases => Set<OpenData.OcdsRelease>();

    public DbSet<Domain.Contracts.Contract> Contracts => Set<Domain.Contracts.Contract>();

    public DbSet<Domain.Contracts.WorkOrder> WorkOrders => Set<Domain.Contracts.WorkOrder>();

    internal DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    // Read by the tenant query filters on every query; EF evaluates them per context instance.
    internal bool SeesAllTenants => _currentUser.IsSystem || _currentUser.IsPlatformAdmin;

    internal Guid? CurrentCourtId => _currentUser.CourtId;

    internal Guid? CurrentOrganizationId => _currentUser.OrganizationId;

    /// <summary>
    /// Queues an audit entry for something that is not a domain state change (a sign-in lockout, a
    /// password change); it is written by the next save.
    /// </summary>
    public void RecordAudit(AuditNote note) => _auditTrail.Queue(note);

    /// <summary>Forgets queued notes when the change they describe did not happen.</summary>
    public void DiscardQueuedAudit() => _auditTrail.DiscardQueued();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        // Keys are made by the domain (Entity's constructor), never by the database: this also tells EF
        // that an entity with a key, found through a navigation (a new version of an item), is new.
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            builder.Entity(entityType.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
        }

        TenantQueryFilters.Apply(builder, this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money is CNY with two places everywhere: decimal(18,2) on every provider.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);

        // SQLite cannot order or compare DateTimeOffset text; as a number it can (PostgreSQL and SQL Server have a native type).
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
        => throw new NotSupportedException("Use SaveChangesAsync: the audit trail is written asynchronously in the same transaction.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Open data first: the releases of public state changes join the same save (docs/decisions/0010-open-data.md).
        await OpenData.OcdsReleaseWriter.AddReleasesAsync(this, _clock.GetUtcNow(), cancellationToken);
        var publicRecordChanged = _publicRecordCache is not null && OpenData.PublicRecord.IsTouchedBy(ChangeTracker);
        var saved = await _auditTrail.SaveWithAuditAsync(accept => base.SaveChangesAsync(accept, cancellationToken), acceptAllChangesOnSuccess, cancellationToken);
        if (publicRecordChanged)
        {
            await _publicRecordCache!.PublicRecordChangedAsync(CancellationToken.None);
        }

        return saved;
    }
}
