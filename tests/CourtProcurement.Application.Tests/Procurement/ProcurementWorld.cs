using CourtProcurement.Application.Calendar;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Files;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Application.Procurement;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Application.Tests.Infrastructure;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.Organizations;
using CourtProcurement.Domain.Procurement;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CourtProcurement.Application.Tests.Procurement;

/// <summary>
/// Two courts (Longhua and Futian), a catalogue item that needs a registration certificate, and verified
/// organizations holding it, on a fixture's database; and the procurement services as any of their people.
/// </summary>
internal sealed class ProcurementWorld(DatabaseFixture database, IDataProtectionProvider keys, string files)
{
    public Guid Longhua { get; private set; }

    public Guid Futian { get; private set; }

    public Guid ItemId { get; private set; }

    public List<Guid> Organizations { get; } = [];

    public TestUser LonghuaAdmin { get; private set; } = TestUser.Anonymous;

    public TestUser LonghuaOfficial { get; private set; } = TestUser.Anonymous;

    public TestUser FutianAdmin { get; private set; } = TestUser.Anonymous;

    public List<TestUser> Judges { get; } = [];

    public TestUser Platform { get; } = new("platform", IsPlatformAdmin: true);

    public IFileStore Files { get; } = new LocalFileStore(files);

    public TestUser Organization(int index) => new($"org{index}", OrganizationId: Organizations[index]);

    public static async Task<ProcurementWorld> CreateAsync(DatabaseFixture database, IDataProtectionProvider keys, int organizations)
    {
        var world = new ProcurementWorld(database, keys, Path.Combine(Path.GetTempPath(), $"cp-files-{Guid.NewGuid():N}"));
        await world.BuildAsync(organizations);
        return world;
    }

    private async Task BuildAsync(int organizations)
    {
        var now = database.Clock.GetUtcNow();
        var suffix = Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var db = database.CreateContext();
        var city = Court.Create("深圳市中级人民法院" + suffix, "粤03-" + suffix, CourtLevel.Intermediate, null);
        var longhua = Court.Create("深圳市龙华区人民法院" + suffix, "龙华" + suffix, CourtLevel.Basic, city);
        var futian = Court.Create("深圳市福田区人民法院" + suffix, "福田" + suffix, CourtLevel.Basic, city);
        db.Courts.AddRange(city, longhua, futian);
        (Longhua, Futian) = (longhua.Id, futian.Id);

        var category = ServiceCategory.Create("sop-" + suffix, "送达" + suffix, "Service " + suffix, 99);
        var item = CatalogueItem.Create(category, "direct-" + suffix, new CatalogueItemTerms("直接送达", "Direct service", null, ServiceUnit.PerDocument, 30, 50,
            [QualificationKind.Registration], [new Kpi("送达成功率", KpiMetric.ServedRate, KpiDirection.HigherIsBetter, 95, 100)]), new DateOnly(2026, 1, 1), now);
        db.Add(category);
        db.CatalogueItems.Add(item);
        ItemId = item.Id;

        for (var i = 0; i < organizations; i++)
        {
            var prefix = $"5244{suffix}MJ{i:0000000}";
            var organization = Domain.Organizations.Organization.Register(new OrganizationProfile($"社会组织{suffix}-{i}", prefix + UnifiedSocialCreditCode.CheckCharacter(prefix),
                LegalForm.SocialGroup, "张三", "李四", "0755-1", $"o{i}@example.org", "深圳", ["深圳市"], [category.Id]), now);
            organization.Verify(now);
            db.Organizations.Add(organization);
            db.QualificationDocuments.Add(QualificationDocument.Upload(organization.Id, QualificationKind.Registration, null, "登记证书.pdf",
                new StoredFileFacts($"none-{Guid.NewGuid():N}", "application/pdf", 1, new string('0', 64)), null, new DateOnly(2026, 1, 1), now));
            Organizations.Add(organization.Id);
        }

        TestUser CourtUser(string name, Guid court)
        {
            var user = AppUser.ForCourt(name + suffix, $"{name}{suffix}@court.example", name, court, now);
            db.Users.Add(user);
            return new TestUser(name, court) { UserId = user.Id };
        }

        LonghuaAdmin = CourtUser("龙华管理员", Longhua);
        LonghuaOfficial = CourtUser("龙华监督员", Longhua);
        FutianAdmin = CourtUser("福田管理员", Futian);
        Judges.AddRange(CourtUser("法官甲", Longhua), CourtUser("法官乙", Longhua), CourtUser("法官丙", Longhua));
        await db.SaveChangesAsync();
        await AsAsync(SystemActor.Instance, s => s.GetRequiredService<RoleSeeder>().SeedAsync());
    }

    /// <summary>Runs a use case as someone, in a scope of its own (as one request would).</summary>
    public async Task<T> AsAsync<T>(ICurrentUser user, Func<IServiceProvider, Task<T>> work)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(database.Clock);
        services.AddSingleton(user);
        services.AddScoped(_ => database.CreateContext(user));
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<AppDbContext>();
        services.AddSingleton(keys);
        services.AddSingleton(Files);
        services.AddSingleton(ProcurementRules.Statutory());
        services.AddScoped<PlatformCalendar>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<Notifier>();
        services.AddScoped<BidSeal>();
        services.AddScoped<ServiceNeeds>();
        services.AddScoped<ProcurementQueries>();
        services.AddScoped<Bidding>();
        services.AddScoped<BidDocuments>();
        services.AddScoped<BidOpening>();
        services.AddScoped<Evaluation>();
        services.AddScoped<Challenges>();
        services.AddScoped<CourtProcurement.Application.Contracts.ContractManagement>();
        services.AddScoped<CourtProcurement.Application.Contracts.ContractQueries>();
        services.AddScoped<CourtProcurement.Application.Contracts.PublicContracts>();
        services.AddScoped<CourtProcurement.Application.Contracts.WorkOrders>();
        services.AddScoped<CourtProcurement.Application.Auditing.AuditTrailQueries>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task AsAsync(ICurrentUser user, Func<IServiceProvider, Task> work) => AsAsync(user, async s => { await work(s); return true; });

    public static NeedTerms Terms(DateTimeOffset deadline, EvaluationMethod evaluation = EvaluationMethod.Comprehensive, bool dual = false, bool documentRequired = false)
        => new("2027年度直接送达服务", "为本院民商事案件提供直接送达服务。", 2000, 100_000m, null, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31),
            "深圳市龙华区", ProcurementMethod.OpenTender, evaluation, evaluation == EvaluationMethod.Comprehensive ? 30 : 0,
            evaluation == EvaluationMethod.Comprehensive ? [new TechnicalCriterion("服务方案", 40), new TechnicalCriterion("人员配备", 30)] : [],
            null, deadline, deadline, dual, documentRequired, null, []);

    /// <summary>A published open tender of Longhua's with its deadline 21 days ahead.</summary>
    public async Task<Guid> PublishedNeedAsync(bool dual = false, bool documentRequired = false, EvaluationMethod evaluation = EvaluationMethod.Comprehensive)
    {
        var deadline = database.Clock.GetUtcNow().AddDays(21);
        return await AsAsync(LonghuaAdmin, async s =>
        {
            var needs = s.GetRequiredService<ServiceNeeds>();
            var id = await needs.DraftAsync(ItemId, Terms(deadline, evaluation, dual, documentRequired));
            await needs.PublishAsync(id);
            return id;
        });
    }

    /// <summary>
    /// A lowest-price tender of Longhua's awarded to organization 2 at 88,000 for 2,000 documents; the clock
    /// stands at the award, inside the challenge window.
    /// </summary>
    public async Task<Guid> AwardedNeedAsync()
    {
        var needId = await PublishedNeedAsync(evaluation: EvaluationMethod.LowestPrice);
        for (var i = 0; i < 3; i++)
        {
            await BidAsync(needId, i, 90_000m - (i * 1000));
        }

        await using (var db = database.CreateContext())
        {
            database.Clock.SetUtcNow(await db.ServiceNeeds.Where(n => n.Id == needId).Select(n => n.BidDeadline).SingleAsync());
        }

        await AsAsync(LonghuaAdmin, s => s.GetRequiredService<BidOpening>().ConfirmAsync(needId));
        await AsAsync(LonghuaAdmin, s => s.GetRequiredService<Evaluation>().AppointPanelAsync(needId, [.. Judges.Select(j => j.UserId!)]));
        foreach (var judge in Judges)
        {
            await AsAsync(judge, s => s.GetRequiredService<Evaluation>().DeclareNoConflictAsync(needId));
        }

        List<Guid> bids;
        await using (var db = database.CreateContext())
        {
            bids = await db.Bids.Where(b => b.NeedId == needId).Select(b => b.Id).ToListAsync();
        }

        foreach (var bid in bids)
        {
            await AsAsync(Judges[0], s => s.GetRequiredService<Evaluation>().CheckQualificationAsync(needId, bid, true, null));
        }

        await AsAsync(LonghuaAdmin, s => s.GetRequiredService<Evaluation>().CompleteAsync(needId));
        await using (var db = database.CreateContext())
        {
            var lowest = await db.Bids.Where(b => b.NeedId == needId && b.Rank == 1).Select(b => b.Id).SingleAsync();
            await AsAsync(LonghuaAdmin, s => s.GetRequiredService<Evaluation>().AwardAsync(needId, lowest, null));
        }

        return needId;
    }

    public Task BidAsync(Guid needId, int organization, decimal price, string? proposal = null, bool submit = true)
        => AsAsync(Organization(organization), async s =>
        {
            var bidding = s.GetRequiredService<Bidding>();
            await bidding.SaveAsync(needId, new BidOffer(price, proposal));
            if (submit)
            {
                await bidding.SubmitAsync(needId);
            }
        });
}
