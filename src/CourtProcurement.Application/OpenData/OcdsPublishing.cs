using System.Globalization;
using System.Text.Json.Nodes;
using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CourtProcurement.Application.OpenData;

/// <summary>The <c>OpenData</c> configuration section.</summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenData";

    /// <summary>The publisher's OCID prefix (registered with the Open Contracting Partnership); an OCID is <c>ocds-{prefix}-{need id}</c>.</summary>
    public string OcidPrefix { get; set; } = "cpcourt";

    public string PublisherName { get; set; } = "法院辅助服务采购平台";

    public string License { get; set; } = "https://creativecommons.org/licenses/by/4.0/";
}

/// <summary>One page of releases, and where the next one starts (null at the end).</summary>
public sealed record ReleasePage(IReadOnlyList<JsonObject> Releases, int? NextSince);

/// <summary>
/// Serves the stored releases with their identifiers: pages in publication order for harvesters (the
/// cursor is the position in that append-only order), a procurement's releases, its record with the
/// compiled release, and a month in bulk.
/// </summary>
public sealed class OcdsPublishing(AppDbContext db, IOptions<OpenDataOptions> options)
{
    public const int PageSize = 100;

    public OpenDataOptions Options => options.Value;

    public string Ocid(Guid needId) => $"ocds-{options.Value.OcidPrefix}-{needId:D}";

    public Guid? NeedId(string ocid)
    {
        var prefix = $"ocds-{options.Value.OcidPrefix}-";
        return ocid.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParse(ocid.AsSpan(prefix.Length), out var id) ? id : null;
    }

    public async Task<ReleasePage> PageAsync(DateOnly? from, DateOnly? to, Guid? courtId, int since, CancellationToken cancellationToken = default)
    {
        var releases = db.OcdsReleases.AsNoTracking();
        if (from is { } start)
        {
            var instant = ChinaTime.FromLocal(start.ToDateTime(TimeOnly.MinValue));
            releases = releases.Where(r => r.Date >= instant);
        }

        if (to is { } end)
        {
            var instant = ChinaTime.FromLocal(end.AddDays(1).ToDateTime(TimeOnly.MinValue));
            releases = releases.Where(r => r.Date < instant);
        }

        if (courtId is { } court)
        {
            releases = releases.Where(r => r.CourtId == court);
        }

        var position = Math.Max(0, since);
        var page = await releases.OrderBy(r => r.Date).ThenBy(r => r.Id).Skip(position).Take(PageSize + 1).ToListAsync(cancellationToken);
        var more = page.Count > PageSize;
        return new ReleasePage([.. page.Take(PageSize).Select(Serve)], more ? position + PageSize : null);
    }

    public async Task<IReadOnlyList<JsonObject>> ReleasesAsync(Guid needId, CancellationToken cancellationToken = default)
        => [.. (await db.OcdsReleases.AsNoTracking().Where(r => r.NeedId == needId).OrderBy(r => r.Date).ThenBy(r => r.Id).ToListAsync(cancellationToken)).Select(Serve)];

    /// <summary>A record: the procurement's releases and the compiled release merged from them; null if it has none.</summary>
    public async Task<JsonObject?> RecordAsync(Guid needId, CancellationToken cancellationToken = default)
    {
        var releases = await ReleasesAsync(needId, cancellationToken);
        if (releases.Count == 0)
        {
            return null;
        }

        var ocid = Ocid(needId);
        return new JsonObject
        {
            ["ocid"] = ocid,
            ["releases"] = new JsonArray([.. releases.Select(r => (JsonNode)r.DeepClone())]),
            ["compiledRelease"] = OcdsMerge.Compile(ocid, releases),
        };
    }

    /// <summary>Every release of a month (China time), for bulk download.</summary>
    public async Task<IReadOnlyList<JsonObject>> MonthAsync(int year, int month, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(year, month, 1);
        var page = await PageAsync(first, first.AddMonths(1).AddDays(-1), null, 0, cancellationToken);
        var all = new List<JsonObject>(page.Releases);
        while (page.NextSince is { } next)
        {
            page = await PageAsync(first, first.AddMonths(1).AddDays(-1), null, next, cancellationToken);
            all.AddRange(page.Releases);
        }

        return all;
    }

    /// <summary>The package around releases (or records), as OCDS 1.1 describes it.</summary>
    public JsonObject Package(string uri, DateTimeOffset now, string member, IEnumerable<JsonObject> items, string? next = null)
    {
        var package = new JsonObject
        {
            ["uri"] = uri,
            ["version"] = "1.1",
            ["publishedDate"] = OcdsReleaseBuilder.Iso(now),
            ["publisher"] = new JsonObject { ["name"] = options.Value.PublisherName },
            ["license"] = options.Value.License,
            [member] = new JsonArray([.. items.Select(i => (JsonNode)i)]),
        };
        if (next is not null)
        {
            package["links"] = new JsonObject { ["next"] = next };
        }

        return package;
    }

    private JsonObject Serve(OcdsRelease stored)
    {
        var content = JsonNode.Parse(stored.Content)!.AsObject();
        var release = new JsonObject
        {
            ["ocid"] = Ocid(stored.NeedId),
            ["id"] = stored.Id.ToString("D", CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in content.ToList())
        {
            content.Remove(name);
            release[name] = value;
        }

        return release;
    }
}
