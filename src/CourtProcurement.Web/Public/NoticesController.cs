using System.Globalization;
using System.Xml.Linq;
using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Contracts;
using CourtProcurement.Application.Procurement;
using CourtProcurement.Domain.Procurement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Public;

public sealed record PublicContractListPage(bool FrameworksOnly, Page<PublicContractRow> Results);

public sealed record NoticeSearchPage(NoticeFilter Filter, Page<PublicNoticeRow> Results, IReadOnlyList<FacetOption> Courts, IReadOnlyList<FacetOption> Categories);

/// <summary>
/// The public record of procurement, without signing in: notices to search, each notice with its documents,
/// clarifications, amendments, opening record, award or closing reasons; an Atom feed and a sitemap.
/// Pages are cacheable by a proxy for a minute, varying by language (they carry no form tokens), and kept
/// in the output cache until the public record changes (<see cref="PublicPageCache"/>).
/// </summary>
[AllowAnonymous]
public sealed class NoticesController(PublicNotices notices, ProcurementQueries queries, PublicContracts contracts, IStringLocalizer<SharedResource> localizer) : Controller
{
    private const int CacheSeconds = 60;

    [HttpGet("Notices")]
    [ResponseCache(Duration = CacheSeconds, Location = ResponseCacheLocation.Any, VaryByHeader = "Cookie,Accept-Language")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Index(string? q, Guid? court, Guid? category, ProcurementMethod? method, NeedStatus? status, DateOnly? from, DateOnly? to, int page = 1,
        CancellationToken cancellationToken = default)
    {
        var filter = new NoticeFilter(q, court, category, method, status == NeedStatus.Draft ? null : status, from, to, page);
        var (courts, categories) = await notices.FacetsAsync(cancellationToken);
        return View(new NoticeSearchPage(filter, await notices.SearchAsync(filter, cancellationToken), courts, categories));
    }

    [HttpGet("Notices/{id:guid}")]
    [ResponseCache(Duration = CacheSeconds, Location = ResponseCacheLocation.Any, VaryByHeader = "Cookie,Accept-Language")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Detail(Guid id, CancellationToken cancellationToken)
    {
        var notice = await queries.NoticeAsync(id, cancellationToken);
        ViewData["ContractId"] = notice is null ? null : await contracts.ForNeedAsync(id, cancellationToken);
        return notice is null ? NotFound() : View(notice);
    }

    /// <summary>Volume and awarded amounts by year, court and category.</summary>
    [HttpGet("Notices/Statistics")]
    [ResponseCache(Duration = CacheSeconds, Location = ResponseCacheLocation.Any, VaryByHeader = "Cookie,Accept-Language")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Statistics(CancellationToken cancellationToken) => View(await notices.StatisticsAsync(cancellationToken));

    /// <summary>Contracts' public summaries (合同公告), or only the framework agreements with their members.</summary>
    [HttpGet("Notices/Contracts")]
    [ResponseCache(Duration = CacheSeconds, Location = ResponseCacheLocation.Any, VaryByHeader = "Cookie,Accept-Language")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Contracts(bool frameworks = false, int page = 1, CancellationToken cancellationToken = default)
        => View(new PublicContractListPage(frameworks, await contracts.SearchAsync(frameworks, page, cancellationToken)));

    [HttpGet("Notices/Contracts/{id:guid}")]
    [ResponseCache(Duration = CacheSeconds, Location = ResponseCacheLocation.Any, VaryByHeader = "Cookie,Accept-Language")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Contract(Guid id, CancellationToken cancellationToken)
    {
        var contract = await contracts.ContractAsync(id, cancellationToken);
        return contract is null ? NotFound() : View(contract);
    }

    /// <summary>The signed contract's text, public with the contract notice.</summary>
    [HttpGet("Notices/Contracts/{id:guid}/Text")]
    public async Task<IActionResult> ContractText(Guid id, CancellationToken cancellationToken)
    {
        var file = await contracts.TextAsync(id, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The exclusion list: organizations the platform has removed (清退).</summary>
    [HttpGet("Notices/Excluded")]
    [ResponseCache(Duration = CacheSeconds, Location = ResponseCacheLocation.Any, VaryByHeader = "Cookie,Accept-Language")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Excluded(CancellationToken cancellationToken) => View(await notices.ExcludedAsync(cancellationToken));

    [HttpGet("Notices/{id:guid}/Documents/{documentId:guid}")]
    public async Task<IActionResult> NeedDocument(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var file = await queries.NeedDocumentAsync(id, documentId, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>An Atom feed of the newest notices, optionally of one court or one category.</summary>
    [HttpGet("Notices/feed.atom")]
    [ResponseCache(Duration = CacheSeconds, Location = ResponseCacheLocation.Any, VaryByHeader = "Cookie,Accept-Language")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Feed(Guid? court, Guid? category, CancellationToken cancellationToken)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var latest = await notices.LatestAsync(court, category, 50, cancellationToken);
        var self = Absolute(Url.Action(nameof(Feed), new { court, category })!);
        var english = CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);
        var feed = new XElement(atom + "feed",
            new XElement(atom + "id", self),
            new XElement(atom + "title", localizer["Notices.FeedTitle"].Value),
            new XElement(atom + "updated", Iso(latest.Count > 0 ? latest.Max(n => n.LastChange) : DateTimeOffset.UnixEpoch)),
            new XElement(atom + "link", new XAttribute("rel", "self"), new XAttribute("href", self)),
            new XElement(atom + "author", new XElement(atom + "name", localizer["App.Name"].Value)),
            latest.Select(n => new XElement(atom + "entry",
                new XElement(atom + "id", $"urn:uuid:{n.Id}"),
                new XElement(atom + "title", $"{n.Number} {n.Title}"),
                new XElement(atom + "updated", Iso(n.LastChange)),
                new XElement(atom + "published", Iso(n.PublishedAt)),
                new XElement(atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", Absolute(Url.Action(nameof(Detail), new { id = n.Id })!))),
                new XElement(atom + "summary", $"{n.CourtName} · {(english ? n.ItemNameEn : n.ItemNameZh)} · {localizer["ProcurementMethod." + n.Method].Value} · {localizer["NeedStatus." + n.Status].Value}"))));
        return Content(new XDocument(new XDeclaration("1.0", "utf-8", null), feed).ToString(), "application/atom+xml; charset=utf-8");
    }

    [HttpGet("sitemap.xml")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Any)]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        XNamespace map = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var latest = await notices.LatestAsync(null, null, 50_000, cancellationToken);
        var urls = new[] { new XElement(map + "url", new XElement(map + "loc", Absolute(Url.Action(nameof(Index))!))) }
            .Concat(latest.Select(n => new XElement(map + "url",
                new XElement(map + "loc", Absolute(Url.Action(nameof(Detail), new { id = n.Id })!)),
                new XElement(map + "lastmod", n.LastChange.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))))
            .Concat((await contracts.SitemapAsync(cancellationToken)).Select(c => new XElement(map + "url",
                new XElement(map + "loc", Absolute(Url.Action(nameof(Contract), new { id = c.Id })!)),
                new XElement(map + "lastmod", c.Changed.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))));
        return Content(new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(map + "urlset", urls)).ToString(), "application/xml; charset=utf-8");
    }

    private static string Iso(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private string Absolute(string path) => $"{Request.Scheme}://{Request.Host}{path}";
}
