using CourtProcurement.Web.Shared;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Public;

/// <summary>
/// The public pages are kept in the output cache per language, but never past a change to the public
/// record, and never for someone signed in. A write behind the application's back (raw SQL) shows the
/// cache at work: the page keeps its copy until the application itself saves a public change.
/// </summary>
public sealed class PublicPageCacheTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Title = "2027年度龙华法院直接送达服务（一标段）";

    private Task RenameBehindTheAppAsync(string from, string to)
        => portal.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE ServiceNeeds SET Title = {to} WHERE Title = {from}"));

    [Fact]
    public async Task A_cached_notice_list_is_dropped_when_the_public_record_changes()
    {
        using var anyone = portal.NewSession();
        Assert.Contains(Title, (await anyone.GetAsync("/Notices")).Html, StringComparison.Ordinal);

        await RenameBehindTheAppAsync(Title, "缓存之外改名");
        Assert.Contains(Title, (await anyone.GetAsync("/Notices")).Html, StringComparison.Ordinal);
        Assert.Contains("缓存之外改名", (await anyone.GetAsync("/Notices?page=1")).Html, StringComparison.Ordinal);

        // Any save through the application that touches the public record (here an organization) evicts.
        await portal.WithDatabaseAsync(async db =>
        {
            var organization = await db.Organizations.IgnoreQueryFilters().FirstAsync();
            db.Entry(organization).Property(o => o.Address).IsModified = true;
            return await db.SaveChangesAsync();
        });
        Assert.Contains("缓存之外改名", (await anyone.GetAsync("/Notices")).Html, StringComparison.Ordinal);
        await RenameBehindTheAppAsync("缓存之外改名", Title);
    }

    [Fact]
    public async Task Each_language_has_its_own_copy_and_a_signed_in_user_never_gets_one()
    {
        using var anyone = portal.NewSession();
        Assert.Equal("zh-Hans", (await anyone.GetAsync("/Notices/Statistics")).Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", (await anyone.GetAsync("/Notices/Statistics?culture=en")).Document.DocumentElement.GetAttribute("lang"));

        using var admin = portal.NewSession();
        await admin.SignInAsync("longhua-admin");
        var signedIn = await admin.GetAsync("/Notices/Statistics");
        Assert.NotNull(signedIn.Document.QuerySelector("[data-testid=signed-in-user]"));
        Assert.Null((await anyone.GetAsync("/Notices/Statistics")).Document.QuerySelector("[data-testid=signed-in-user]"));
    }

    [Fact]
    public async Task A_page_number_past_the_last_shows_the_last_page()
    {
        using var anyone = portal.NewSession();
        var page = await anyone.GetAsync("/Notices?page=2147483647");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.Document.QuerySelectorAll("[data-testid=notices] tbody tr"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await anyone.GetAsync("/Notices/Contracts?page=2147483647")).Status);
    }

    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 3, "1 2 3")]
    [InlineData(1, 1000, "1 2 3 … 1000")]
    [InlineData(500, 1000, "1 … 498 499 500 501 502 … 1000")]
    [InlineData(4, 10, "1 2 3 4 5 6 … 10")]
    [InlineData(1000, 1000, "1 … 998 999 1000")]
    public void The_pager_links_the_ends_and_a_window_around_the_current_page(int current, int count, string expected)
    {
        var pages = new Pager(current, count, p => $"?page={p}").Pages;
        Assert.Equal(expected, string.Join(' ', pages.Select(p => p?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…")));
    }
}
