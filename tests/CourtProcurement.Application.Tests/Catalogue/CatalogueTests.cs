using CourtProcurement.Application.Catalogue;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Application.Tests.Infrastructure;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Tests.Catalogue;

public abstract class CatalogueTests<TFixture> : IAsyncLifetime
    where TFixture : DatabaseFixture, new()
{
    private readonly TFixture _database = new();
    private readonly TestUser _admin = new("platform-admin", IsPlatformAdmin: true);

    private static readonly CatalogueItemTerms Transcription = new(
        "庭审速录", "Hearing transcription", "按庭审小时计费", ServiceUnit.PerHearingHour, 80, 150,
        [QualificationKind.StenographyCertificate, QualificationKind.Registration],
        [new Kpi("按时交付率", KpiMetric.OnTimeRate, KpiDirection.HigherIsBetter, 98, 60), new Kpi("每页更正数", KpiMetric.CorrectionsPerPage, KpiDirection.LowerIsBetter, 0.5m, 40)]);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.CreateContext();
        await new CatalogueSeeder(db).SeedAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private DateOnly Today => ChinaTime.Today(_database.Clock.GetUtcNow());

    private async Task<T> AsAdminAsync<T>(Func<CatalogueService, CatalogueQueries, Task<T>> work)
    {
        await using var db = _database.CreateContext(_admin);
        return await work(new CatalogueService(db, _database.Clock), new CatalogueQueries(db, _database.Clock));
    }

    private Task<Guid> TranscriptionCategoryAsync()
        => AsAdminAsync((_, q) => q.CategoriesAsync().ContinueWith(t => t.Result.Single(c => c.Code == "hearing-transcription").Id, TaskScheduler.Default));

    [Fact]
    public async Task The_eight_categories_are_seeded_once()
    {
        await using (var db = _database.CreateContext())
        {
            await new CatalogueSeeder(db).SeedAsync();
        }

        var categories = await AsAdminAsync((_, q) => q.CategoriesAsync());
        Assert.Equal(CatalogueSeeder.Categories.Select(c => c.Code), categories.Select(c => c.Code));
    }

    [Fact]
    public async Task An_item_and_its_versions_round_trip_with_their_kpis_and_qualifications()
    {
        var categoryId = await TranscriptionCategoryAsync();
        var id = await AsAdminAsync((s, _) => s.CreateItemAsync(categoryId, "transcription-hearing", Transcription, Today));
        var next = await AsAdminAsync((s, _) => s.AddVersionAsync(id, Transcription, Today.AddDays(30)));

        var detail = (await AsAdminAsync((_, q) => q.ItemAsync(id)))!;

        Assert.Equal(2, next);
        Assert.Equal([2, 1], detail.History.Select(v => v.Number));
        Assert.Equal(1, detail.Current!.Number);
        var first = detail.History[^1];
        Assert.Equal([QualificationKind.Registration, QualificationKind.StenographyCertificate], first.RequiredQualifications);
        Assert.Equal(Transcription.Kpis, first.Kpis);
        Assert.Equal((80m, 150m), (first.GuidancePriceMin, first.GuidancePriceMax));

        var row = Assert.Single(await AsAdminAsync((_, q) => q.ItemsAsync()));
        Assert.Equal((1, true), (row.VersionNumber, row.HasFutureVersion));
    }

    [Fact]
    public async Task Every_change_is_on_the_audit_trail_with_who_made_it()
    {
        var categoryId = await TranscriptionCategoryAsync();
        var id = await AsAdminAsync((s, _) => s.CreateItemAsync(categoryId, "transcription-hearing", Transcription, Today));
        await AsAdminAsync(async (s, _) => { await s.AddVersionAsync(id, Transcription, Today.AddDays(1)); return 0; });
        await AsAdminAsync(async (s, _) => { await s.RetireItemAsync(id); return 0; });

        await using var db = _database.CreateContext();
        var trail = await db.AuditEntries.Where(e => e.EntityId == id.ToString("D")).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["CatalogueItem.Created", "CatalogueItem.VersionAdded", "CatalogueItem.Retired"], trail.Select(e => e.Action));
        Assert.All(trail, e => Assert.Equal("platform-admin", e.ActorName));
    }

    [Fact]
    public async Task A_code_in_use_is_refused_and_nothing_is_saved()
    {
        var categoryId = await TranscriptionCategoryAsync();
        await AsAdminAsync((s, _) => s.CreateItemAsync(categoryId, "transcription-hearing", Transcription, Today));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => AsAdminAsync((s, _) => s.CreateItemAsync(categoryId, "transcription-hearing", Transcription, Today)));

        Assert.Equal("Catalogue.CodeTaken", refusal.ResourceKey);
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.CatalogueItemVersions.CountAsync());
    }

    [Fact]
    public async Task An_item_cannot_start_in_the_past()
    {
        var categoryId = await TranscriptionCategoryAsync();
        var refusal = await Assert.ThrowsAsync<DomainException>(() => AsAdminAsync((s, _) => s.CreateItemAsync(categoryId, "late", Transcription, Today.AddDays(-1))));
        Assert.Equal("Catalogue.EffectiveDateInPast", refusal.ResourceKey);
    }
}

public sealed class CatalogueOnSqlite : CatalogueTests<SqliteFixture>;

public sealed class CatalogueOnPostgreSql : CatalogueTests<PostgreSqlFixture>;
