using CourtProcurement.Application.Data;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Application.Tests.Infrastructure;
using CourtProcurement.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Tests.Tenancy;

/// <summary>A court-owned record, as every later feature's (needs, contracts, work orders) will be.</summary>
public sealed class CourtProbe(Guid courtId, string title) : Entity, ICourtOwned
{
    public Guid CourtId { get; private set; } = courtId;

    public string Title { get; private set; } = title;
}

/// <summary>An organization-owned record, as bids and qualification documents will be.</summary>
public sealed class OrganizationProbe(Guid organizationId, string title) : Entity, IOrganizationOwned
{
    public Guid OrganizationId { get; private set; } = organizationId;

    public string Title { get; private set; } = title;
}

/// <summary>A record between a court and an organization, as contracts and work orders will be.</summary>
public sealed class ContractProbe(Guid courtId, Guid organizationId, string title) : Entity, ICourtOwned, IOrganizationOwned
{
    public Guid CourtId { get; private set; } = courtId;

    public Guid OrganizationId { get; private set; } = organizationId;

    public string Title { get; private set; } = title;
}

/// <summary>The application's context plus probe entities; the tenant filters come from the same code.</summary>
public sealed class ProbeContext(DbContextOptions<AppDbContext> options, ICurrentUser user)
    : AppDbContext(options, user, TimeProvider.System)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<CourtProbe>().Ignore(p => p.PendingStateChanges);
        builder.Entity<OrganizationProbe>().Ignore(p => p.PendingStateChanges);
        builder.Entity<ContractProbe>().Ignore(p => p.PendingStateChanges);
        base.OnModelCreating(builder);
    }
}

public abstract class TenantFilterTests<TFixture> : IAsyncLifetime
    where TFixture : DatabaseFixture, new()
{
    private static readonly Guid Longhua = Guid.NewGuid();
    private static readonly Guid Futian = Guid.NewGuid();
    private static readonly Guid Org1 = Guid.NewGuid();
    private static readonly Guid Org2 = Guid.NewGuid();

    private readonly TFixture _database = new();

    private ProbeContext Context(ICurrentUser user) => new(_database.Options, user);

    public async Task InitializeAsync()
    {
        await using var db = Context(SystemActor.Instance);
        // The probe tables exist only in this throwaway database; the application's schema comes from migrations.
        await db.Database.EnsureCreatedAsync();
        db.AddRange(new CourtProbe(Longhua, "龙华的需求"), new CourtProbe(Futian, "福田的需求"),
            new OrganizationProbe(Org1, "机构一的投标"), new OrganizationProbe(Org2, "机构二的投标"),
            new ContractProbe(Longhua, Org1, "龙华与机构一的合同"), new ContractProbe(Futian, Org2, "福田与机构二的合同"));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_court_user_sees_only_their_own_courts_records()
    {
        await using var db = Context(new TestUser("futian-admin", CourtId: Futian));
        Assert.Equal(["福田的需求"], await db.Set<CourtProbe>().Select(p => p.Title).ToListAsync());
        Assert.Empty(await db.Set<OrganizationProbe>().ToListAsync());
    }

    [Fact]
    public async Task Another_courts_record_is_not_found_even_by_its_id()
    {
        Guid longhuaRecord;
        await using (var system = Context(SystemActor.Instance))
        {
            longhuaRecord = (await system.Set<CourtProbe>().SingleAsync(p => p.CourtId == Longhua)).Id;
        }

        await using var db = Context(new TestUser("futian-admin", CourtId: Futian));
        Assert.Null(await db.Set<CourtProbe>().SingleOrDefaultAsync(p => p.Id == longhuaRecord));
        Assert.Null(await db.Set<CourtProbe>().FindAsync(longhuaRecord));
    }

    [Fact]
    public async Task An_organization_member_sees_only_their_own_organizations_records()
    {
        await using var db = Context(new TestUser("org2-admin", OrganizationId: Org2));
        Assert.Equal(["机构二的投标"], await db.Set<OrganizationProbe>().Select(p => p.Title).ToListAsync());
        Assert.Empty(await db.Set<CourtProbe>().ToListAsync());
    }

    [Fact]
    public async Task A_record_between_a_court_and_an_organization_is_seen_by_both_and_nobody_else()
    {
        await using (var court = Context(new TestUser("longhua-admin", CourtId: Longhua)))
        {
            Assert.Equal(["龙华与机构一的合同"], await court.Set<ContractProbe>().Select(p => p.Title).ToListAsync());
        }

        await using (var organization = Context(new TestUser("org1-admin", OrganizationId: Org1)))
        {
            Assert.Equal(["龙华与机构一的合同"], await organization.Set<ContractProbe>().Select(p => p.Title).ToListAsync());
        }

        await using var anonymous = Context(TestUser.Anonymous);
        Assert.Empty(await anonymous.Set<ContractProbe>().ToListAsync());
    }

    [Fact]
    public async Task Someone_not_signed_in_sees_no_tenant_record()
    {
        await using var db = Context(TestUser.Anonymous);
        Assert.Empty(await db.Set<CourtProbe>().ToListAsync());
        Assert.Empty(await db.Set<OrganizationProbe>().ToListAsync());
    }

    [Fact]
    public async Task A_platform_administrator_and_the_system_see_every_tenant()
    {
        await using var admin = Context(new TestUser("platform-admin", IsPlatformAdmin: true));
        Assert.Equal(2, await admin.Set<CourtProbe>().CountAsync());
        await using var system = Context(SystemActor.Instance);
        Assert.Equal(2, await system.Set<OrganizationProbe>().CountAsync());
    }

    [Fact]
    public async Task A_named_shared_query_steps_past_the_filter_only_where_it_says_so()
    {
        await using var db = Context(new TestUser("futian-admin", CourtId: Futian));
        Assert.Equal(2, await db.Set<CourtProbe>().IgnoreQueryFilters([TenantQueryFilters.Name]).CountAsync());
    }

    [Fact]
    public void Every_tenant_owned_entity_of_the_application_carries_the_tenant_filter()
    {
        using var db = _database.CreateContext();
        var owned = db.Model.GetEntityTypes()
            .Where(t => typeof(ICourtOwned).IsAssignableFrom(t.ClrType) || typeof(IOrganizationOwned).IsAssignableFrom(t.ClrType));
        Assert.All(owned, t => Assert.Contains(t.GetDeclaredQueryFilters(), f => f.Key == TenantQueryFilters.Name));

        using var probe = Context(SystemActor.Instance);
        Assert.All(new[] { typeof(CourtProbe), typeof(OrganizationProbe), typeof(ContractProbe) }, type =>
            Assert.Contains(probe.Model.FindEntityType(type)!.GetDeclaredQueryFilters(), f => f.Key == TenantQueryFilters.Name));
    }

    [Fact]
    public void Every_entity_with_a_court_or_organization_key_declares_whose_it_is()
    {
        // A CourtId or OrganizationId without the marker interface would escape the tenant filter.
        using var db = _database.CreateContext();
        var undeclared = db.Model.GetEntityTypes()
            .Where(t => typeof(Entity).IsAssignableFrom(t.ClrType))
            .Where(t => (t.FindProperty("CourtId") is not null && !typeof(ICourtOwned).IsAssignableFrom(t.ClrType) && t.ClrType.Name != "Court")
                || (t.FindProperty("OrganizationId") is not null && !typeof(IOrganizationOwned).IsAssignableFrom(t.ClrType)))
            .Select(t => t.ClrType.Name);
        Assert.Empty(undeclared);
    }
}

public sealed class TenantFiltersOnSqlite : TenantFilterTests<SqliteFixture>;

public sealed class TenantFiltersOnPostgreSql : TenantFilterTests<PostgreSqlFixture>;
