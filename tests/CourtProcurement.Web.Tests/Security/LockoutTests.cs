using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Security;

public sealed class LockoutTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_and_the_trail_records_it()
    {
        using var browser = portal.NewSession();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var refused = await browser.SignInAsync(DemoUsers.Org3Admin, "Wrong#Password1");
            Assert.Contains("用户名或密码不正确。", refused.Text, StringComparison.Ordinal);
        }

        var fifth = await browser.SignInAsync(DemoUsers.Org3Admin, "Wrong#Password1");
        Assert.Equal("/Account/Lockout", fifth.Url.AbsolutePath);

        // The sixth try is refused even with the right password.
        var sixth = await browser.SignInAsync(DemoUsers.Org3Admin);
        Assert.Equal("/Account/Lockout", sixth.Url.AbsolutePath);
        Assert.Contains("15 分钟", sixth.Text, StringComparison.Ordinal);

        // More tries while locked are refused but not recorded again: nobody can flood the trail.
        for (var attempt = 7; attempt <= 9; attempt++)
        {
            Assert.Equal("/Account/Lockout", (await browser.SignInAsync(DemoUsers.Org3Admin, "Wrong#Password1")).Url.AbsolutePath);
        }

        var (lockoutEnd, audited) = await portal.WithDatabaseAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == DemoUsers.Org3Admin);
            return (user.LockoutEnd, await db.AuditEntries.CountAsync(e => e.Action == "Account.LockedOut" && e.EntityId == user.Id));
        });
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Equal(1, audited);
    }
}
