using CourtProcurement.Application.Data;
using CourtProcurement.Application.Files;
using CourtProcurement.Application.Identity;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CourtProcurement.Application.Seeding;

/// <summary>
/// Fills an empty database with the demo platform: the Guangdong High People's Court running the platform,
/// the Shenzhen Intermediate People's Court with the Longhua and Futian district courts, their people,
/// and three verified organizations. It never runs on a database that already has courts.
/// </summary>
public sealed class DemoDataSeeder(
    AppDbContext db,
    UserManager<AppUser> users,
    IFileStore files,
    TimeProvider clock,
    IOptions<SeedOptions> options,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Courts.AnyAsync(cancellationToken))
        {
            return;
        }

        var password = options.Value.DemoPassword;
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException("Seed:DemoPassword must be set to seed the demo users.");
        }

        // All or nothing: a half-seeded database would block seeding for ever ("courts exist").
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var guangdong = Court.Create("广东省高级人民法院", "粤", CourtLevel.High, null);
        var shenzhen = Court.Create("深圳市中级人民法院", "粤03", CourtLevel.Intermediate, guangdong);
        var futian = Court.Create("深圳市福田区人民法院", "粤0304", CourtLevel.Basic, shenzhen);
        var longhua = Court.Create("深圳市龙华区人民法院", "粤0309", CourtLevel.Basic, shenzhen);
        db.Courts.AddRange(guangdong, shenzhen, futian, longhua);
        db.AddRange(DemoCalendar.Year2026());

        var categories = await db.ServiceCategories.ToDictionaryAsync(c => c.Code, cancellationToken);
        Guid[] Serves(params string[] codes) => [.. codes.Select(c => categories[c].Id)];
        var org1 = VerifiedOrganization("深圳市明理司法辅助服务中心", "52440300MJL00001", LegalForm.SocialServiceOrganization, "林志强", "0755-2810 0001", "org1@mingli.example",
            "深圳市龙华区民治街道民康路 88 号", Serves("hearing-transcription", "archive-scanning", "interpretation"), now);
        var org2 = VerifiedOrganization("深圳市和衷调解促进会", "51440300MJL00002", LegalForm.SocialGroup, "郑雅琴", "0755-8320 0002", "org2@hezhong.example",
            "深圳市福田区福中三路 2 号", Serves("mediation", "psychological-counselling", "social-investigation"), now);
        var org3 = VerifiedOrganization("广东速达法律文书送达服务有限公司", "91440300MA5D0003", LegalForm.Enterprise, "何振华", "0755-2699 0003", "org3@suda.example",
            "深圳市南山区科技园南区 3 栋", Serves("service-of-process", "enforcement-assistance"), now);
        var org4 = Organization.Register(Profile("深圳市启航青少年社会工作服务中心", "52440300MJL00004", LegalForm.SocialServiceOrganization, "孙启航", "0755-2188 0004",
            "org4@qihang.example", "深圳市宝安区新安街道", Serves("social-investigation", "psychological-counselling")), now);
        var org5 = Organization.Register(Profile("东莞市信达翻译有限公司", "91441900MA5D0005", LegalForm.Enterprise, "钱信达", "0769-2233 0005",
            "org5@xinda.example", "东莞市南城街道", Serves("interpretation")), now);
        org5.ReturnForCorrection("营业执照副本未加盖公章，请重新上传清晰的盖章扫描件。");
        db.Organizations.AddRange(org1, org2, org3, org4, org5);

        db.CatalogueItems.AddRange(DemoCatalogue.Items(categories, ChinaTime.Today(now), now));
        await db.SaveChangesAsync(cancellationToken);

        await AddAsync(AppUser.ForCourt(DemoUsers.PlatformAdmin, "platform-admin@gdcourts.example", "平台管理员 赵志远", guangdong.Id, now), password, AppRoles.PlatformAdmin);
        await AddAsync(AppUser.ForCourt(DemoUsers.LonghuaAdmin, "longhua-admin@szcourts.example", "陈静", longhua.Id, now), password, AppRoles.CourtAdmin);
        await AddAsync(AppUser.ForCourt(DemoUsers.LonghuaJudge, "longhua-judge@szcourts.example", "王立新", longhua.Id, now), password, AppRoles.Judge);
        await AddAsync(AppUser.ForCourt(DemoUsers.LonghuaJudge2, "longhua-judge2@szcourts.example", "刘思远", longhua.Id, now), password, AppRoles.Judge);
        await AddAsync(AppUser.ForCourt(DemoUsers.FutianAdmin, "futian-admin@szcourts.example", "黄晓岚", futian.Id, now), password, AppRoles.CourtAdmin);
        await AddAsync(AppUser.ForCourt(DemoUsers.FutianJudge, "futian-judge@szcourts.example", "周明", futian.Id, now), password, AppRoles.Judge);
        await AddAsync(AppUser.ForCourt(DemoUsers.FutianJudge2, "futian-judge2@szcourts.example", "吴海燕", futian.Id, now), password, AppRoles.Judge);
        await AddAsync(AppUser.ForOrganization(DemoUsers.Org1Admin, "org1-admin@mingli.example", "林志强", org1.Id, true, now), password, AppRoles.OrganizationMember);
        await AddAsync(AppUser.ForOrganization(DemoUsers.Org2Admin, "org2-admin@hezhong.example", "郑雅琴", org2.Id, true, now), password, AppRoles.OrganizationMember);
        await AddAsync(AppUser.ForOrganization(DemoUsers.Org3Admin, "org3-admin@suda.example", "何振华", org3.Id, true, now), password, AppRoles.OrganizationMember);
        await AddAsync(AppUser.ForOrganization(DemoUsers.Org4Admin, "org4-admin@qihang.example", "孙启航", org4.Id, true, now), password, AppRoles.OrganizationMember);
        await AddAsync(AppUser.ForOrganization(DemoUsers.Org5Admin, "org5-admin@xinda.example", "钱信达", org5.Id, true, now), password, AppRoles.OrganizationMember);

        var today = ChinaTime.Today(now);
        await DocumentAsync(org1.Id, QualificationKind.Registration, null, "民办非企业单位登记证书.pdf", now);
        await DocumentAsync(org1.Id, QualificationKind.StenographyCertificate, today.AddDays(20), "速录师职业资格证书.pdf", now);
        await DocumentAsync(org2.Id, QualificationKind.Registration, null, "社会团体法人登记证书.pdf", now);
        await DocumentAsync(org2.Id, QualificationKind.MediatorCertificate, today.AddYears(2), "人民调解员证书.pdf", now);
        await DocumentAsync(org3.Id, QualificationKind.Registration, null, "营业执照.pdf", now);
        await DocumentAsync(org4.Id, QualificationKind.Registration, null, "登记证书.pdf", now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the demo data: {Courts} courts, {Organizations} organizations, {Users} users", 4, 5, DemoUsers.All.Count);
    }

    private static OrganizationProfile Profile(string name, string firstSixteen, LegalForm form, string representative, string phone, string email, string address, Guid[] categories)
    {
        // The demo codes are made up, with the registration-authority prefix of their legal form and a
        // correct GB 32100-2015 check character; position 17 pads the organization code.
        var firstSeventeen = firstSixteen + "X";
        return new OrganizationProfile(name, firstSeventeen + UnifiedSocialCreditCode.CheckCharacter(firstSeventeen), form, representative,
            representative, phone, email, address, ["深圳市"], categories);
    }

    /// <summary>A small, real PDF standing in for a scanned certificate.</summary>
    private async Task DocumentAsync(Guid organizationId, QualificationKind kind, DateOnly? expiresOn, string fileName, DateTimeOffset now)
    {
        var content = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% CourtProcurement demo document: {kind}\n%%EOF\n");
        var stored = await files.SaveAsync(new MemoryStream(content), content.Length);
        db.QualificationDocuments.Add(QualificationDocument.Upload(organizationId, kind, expiresOn, fileName,
            new StoredFileFacts(stored.StoredName, FileTypes.Pdf, stored.SizeBytes, stored.Sha256), null, ChinaTime.Today(now), now));
    }

    private static Organization VerifiedOrganization(
        string name, string firstSixteen, LegalForm form, string representative, string phone, string email, string address, Guid[] categories, DateTimeOffset now)
    {
        var organization = Organization.Register(Profile(name, firstSixteen, form, representative, phone, email, address, categories), now);
        organization.Verify(now);
        return organization;
    }

    private async Task AddAsync(AppUser user, string password, string role)
    {
        Succeeded(await users.CreateAsync(user, password), user.UserName!);
        Succeeded(await users.AddToRoleAsync(user, role), user.UserName!);
    }

    internal static void Succeeded(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
