using CourtProcurement.Web.Infrastructure.CommandLine;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Account;

public sealed class FirstPlatformAdministratorTests(ProductionPortalFactory portal) : IClassFixture<ProductionPortalFactory>
{
    private static StringReader Answers(string password) => new(string.Join('\n',
        "广东省高级人民法院", "粤", "gd-admin", "gd-admin@gdcourts.example", "平台管理员", password, password) + "\n");

    [Fact]
    public async Task In_production_the_command_alone_creates_the_first_platform_administrator_and_a_refusal_leaves_nothing()
    {
        // Production never seeds demo users, although the factory asks for them.
        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.Courts.CountAsync()));

        var refusal = new StringWriter();
        Assert.Equal(1, await CreatePlatformAdminCommand.RunAsync(portal.Services, Answers("weak"), refusal));
        Assert.Contains("Not created", refusal.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDatabaseAsync(db => db.Courts.CountAsync()));

        var output = new StringWriter();
        Assert.Equal(0, await CreatePlatformAdminCommand.RunAsync(portal.Services, Answers("First#Admin2026"), output));
        Assert.Contains("'gd-admin' created", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("粤", await portal.WithDatabaseAsync(db => db.Courts.Select(c => c.ShortCode).SingleAsync()));

        using var browser = portal.NewSession();
        Assert.Equal("/Platform", (await browser.SignInAsync("gd-admin", "First#Admin2026")).Url.AbsolutePath);
    }
}
