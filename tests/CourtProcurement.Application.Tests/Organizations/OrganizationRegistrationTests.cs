using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Application.Organizations;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Application.Tests.Infrastructure;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CourtProcurement.Application.Tests.Organizations;

public abstract class OrganizationRegistrationTests<TFixture> : IAsyncLifetime
    where TFixture : DatabaseFixture, new()
{
    private readonly TFixture _database = new();
    private string _platformAdminId = string.Empty;

    private Guid _mediation;

    private OrganizationProfile Profile(string code = "9144030071526726XG", string representative = "张三", Guid? category = null) => new(
        "深圳市同心调解中心", code, LegalForm.SocialServiceOrganization, representative, "李四", "0755-1234 5678", "contact@tongxin.example",
        "深圳市龙华区", ["深圳市"], [category ?? _mediation]);

    private static FirstAdministrator Admin(string password = "Strong#Pass2026", string userName = "tongxin-admin")
        => new(userName, "李四", userName + "@tongxin.example", password);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using (var catalogue = _database.CreateContext())
        {
            await new CatalogueSeeder(catalogue).SeedAsync();
            _mediation = await catalogue.ServiceCategories.Where(c => c.Code == "mediation").Select(c => c.Id).SingleAsync();
        }

        _platformAdminId = await ApplicationServices.RunAsync(_database, null, async services =>
        {
            await services.GetRequiredService<RoleSeeder>().SeedAsync();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            await using var db = _database.CreateContext();
            var court = CourtProcurement.Domain.Courts.Court.Create("广东省高级人民法院", "粤", CourtProcurement.Domain.Courts.CourtLevel.High, null);
            db.Courts.Add(court);
            await db.SaveChangesAsync();
            var admin = AppUser.ForCourt("platform-admin", "pa@gdcourts.example", "平台管理员", court.Id, _database.Clock.GetUtcNow());
            await users.CreateAsync(admin, "Strong#Pass2026");
            await users.AddToRoleAsync(admin, AppRoles.PlatformAdmin);
            return admin.Id;
        });
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private Task<RegistrationResult> RegisterAsync(OrganizationProfile profile, FirstAdministrator admin)
        => ApplicationServices.RunAsync(_database, null, s => s.GetRequiredService<OrganizationRegistration>().RegisterAsync(profile, admin));

    private Task<int> ActAsync(Func<OrganizationRegistration, Task> work)
        => ApplicationServices.RunAsync(_database, null, async s => { await work(s.GetRequiredService<OrganizationRegistration>()); return 0; });

    private async Task<List<Notification>> NoticesForAsync(string userId)
    {
        await using var db = _database.CreateContext();
        return await db.Set<Notification>().Where(n => n.UserId == userId).ToListAsync();
    }

    [Fact]
    public async Task Registering_creates_a_pending_organization_with_its_administrator_and_tells_the_platform()
    {
        var result = await RegisterAsync(Profile(), Admin());

        Assert.True(result.Succeeded);
        await using var db = _database.CreateContext();
        var organization = await db.Organizations.SingleAsync();
        Assert.Equal(OrganizationStatus.Pending, organization.Status);
        var admin = await db.Users.SingleAsync(u => u.UserName == "tongxin-admin");
        Assert.Equal((organization.Id, true), (admin.OrganizationId!.Value, admin.IsOrganizationAdmin));
        var notice = Assert.Single(await NoticesForAsync(_platformAdminId));
        Assert.Equal(("Notice.OrganizationRegistered", "/Vetting/" + organization.Id), (notice.MessageKey, notice.Link));
        Assert.Contains(await db.AuditEntries.Select(e => e.Action).ToListAsync(), a => a == "Organization.Registered");
    }

    [Fact]
    public async Task A_refused_account_leaves_no_organization_behind()
    {
        var result = await RegisterAsync(Profile(), Admin(password: "weak"));

        Assert.False(result.Succeeded);
        Assert.Contains(result.AccountErrors, e => e.Code.StartsWith("Password", StringComparison.Ordinal));
        await using var db = _database.CreateContext();
        Assert.False(await db.Organizations.AnyAsync());
        Assert.Empty(await NoticesForAsync(_platformAdminId));
        Assert.Empty(await db.AuditEntries.Where(e => e.Action == "Organization.Registered").ToListAsync());
    }

    [Fact]
    public async Task A_credit_code_already_on_the_platform_is_refused()
    {
        await RegisterAsync(Profile(), Admin());
        var refusal = await Assert.ThrowsAsync<DomainException>(() => RegisterAsync(Profile(" 9144030071526726xg"), Admin(userName: "someone-else")));
        Assert.Equal("Organization.CreditCodeTaken", refusal.ResourceKey);
    }

    [Fact]
    public async Task Returned_corrected_resubmitted_and_verified_with_a_notice_at_each_step()
    {
        var id = (await RegisterAsync(Profile(), Admin())).OrganizationId!.Value;
        string adminId;
        await using (var db = _database.CreateContext())
        {
            adminId = (await db.Users.SingleAsync(u => u.UserName == "tongxin-admin")).Id;
        }

        await ActAsync(r => r.ReturnForCorrectionAsync(id, "登记证书照片不清晰"));
        var returned = Assert.Single(await NoticesForAsync(adminId));
        Assert.Equal("Notice.OrganizationReturned", returned.MessageKey);
        Assert.Contains("登记证书照片不清晰", returned.Arguments, StringComparison.Ordinal);

        Guid version;
        await using (var db = _database.CreateContext())
        {
            version = (await db.Organizations.SingleAsync()).Version;
        }

        await ActAsync(r => r.UpdateProfileAsync(id, Profile(representative: "王五"), version));
        await ActAsync(r => r.ResubmitAsync(id));
        await ActAsync(r => r.VerifyAsync(id));

        await using var check = _database.CreateContext();
        Assert.Equal(OrganizationStatus.Verified, (await check.Organizations.SingleAsync()).Status);
        Assert.Equal(["Notice.OrganizationReturned", "Notice.OrganizationVerified"], (await NoticesForAsync(adminId)).Select(n => n.MessageKey).Order());
        Assert.Contains(await NoticesForAsync(_platformAdminId), n => n.MessageKey == "Notice.OrganizationResubmitted");
    }

    [Fact]
    public async Task A_category_the_catalogue_does_not_have_is_refused()
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => RegisterAsync(Profile(category: Guid.NewGuid()), Admin()));
        Assert.Equal("Organization.CategoriesRequired", refusal.ResourceKey);
    }

    [Fact]
    public async Task Vetting_a_version_the_organization_has_since_changed_is_refused()
    {
        var id = (await RegisterAsync(Profile(), Admin())).OrganizationId!.Value;
        Guid seen;
        await using (var db = _database.CreateContext())
        {
            seen = (await db.Organizations.SingleAsync()).Version;
        }

        await ActAsync(r => r.UpdateProfileAsync(id, Profile(representative: "王五"), seen));

        var refusal = await Assert.ThrowsAsync<DomainException>(() => ActAsync(r => r.VerifyAsync(id, seen)));
        Assert.Equal("Common.ConcurrentChange", refusal.ResourceKey);
        await using var check = _database.CreateContext();
        Assert.Equal(OrganizationStatus.Pending, (await check.Organizations.SingleAsync()).Status);
    }

    [Fact]
    public async Task An_edit_based_on_a_stale_page_is_refused()
    {
        var id = (await RegisterAsync(Profile(), Admin())).OrganizationId!.Value;
        var refusal = await Assert.ThrowsAsync<DomainException>(() => ActAsync(r => r.UpdateProfileAsync(id, Profile(representative: "王五"), Guid.NewGuid())));
        Assert.Equal("Common.ConcurrentChange", refusal.ResourceKey);
    }
}

public sealed class OrganizationRegistrationOnSqlite : OrganizationRegistrationTests<SqliteFixture>;

public sealed class OrganizationRegistrationOnPostgreSql : OrganizationRegistrationTests<PostgreSqlFixture>;
