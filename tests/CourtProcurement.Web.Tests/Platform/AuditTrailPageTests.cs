using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Platform;

public sealed class AuditTrailPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_platform_administrator_reads_the_trail_and_verifies_it_and_sees_a_tampered_row()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.PlatformAdmin);

        var verified = await portal.WithDatabaseAsync(db => db.Organizations.Where(o => o.Status == Domain.Organizations.OrganizationStatus.Verified).Select(o => o.Id).FirstAsync());
        Assert.Contains("Organization.Verified", (await browser.GetAsync($"/AuditTrail?entityId={verified}")).Text, StringComparison.Ordinal);
        var trail = await browser.GetAsync("/AuditTrail");

        var intact = await browser.SubmitAsync(trail, new Dictionary<string, string>(), "form[action='/AuditTrail/Verify']");
        Assert.Contains("哈希链完整", intact.Document.QuerySelector("[data-testid=chain-result]")!.TextContent, StringComparison.Ordinal);

        // Someone with database access rewrites history.
        await portal.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ToState\" = 'Excluded' WHERE \"Sequence\" = 5"));

        var broken = await browser.SubmitAsync(intact, new Dictionary<string, string>(), "form[action='/AuditTrail/Verify']");
        var result = broken.Document.QuerySelector("[data-testid=chain-result]")!.TextContent;
        Assert.Contains("第 5 条", result, StringComparison.Ordinal);
        Assert.Contains("内容已被改动", result, StringComparison.Ordinal);
    }
}
