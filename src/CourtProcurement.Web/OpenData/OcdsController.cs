using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CourtProcurement.Application.OpenData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.OpenData;

/// <summary>
/// Open data in the Open Contracting Data Standard 1.1.5, without signing in (docs/decisions/0010-open-data.md).
/// Every answer carries an ETag (a client that has it gets 304) and the API version in <c>X-Api-Version</c>.
/// </summary>
[AllowAnonymous]
[Route("api/ocds")]
public sealed class OcdsController(OcdsPublishing publishing, TimeProvider clock) : Controller
{
    public const string ApiVersion = "1.0";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The OpenAPI 3.0 description of this API, with every closed value as an enum.</summary>
    [HttpGet("openapi.json")]
    public IActionResult OpenApi()
    {
        Response.Headers["X-Api-Version"] = ApiVersion;
        return Content(OcdsOpenApi.Document($"{Request.Scheme}://{Request.Host}").ToJsonString(Readable), "application/json; charset=utf-8");
    }

    /// <summary>A release package, in publication order; <c>since</c> is the cursor from the previous page's <c>links.next</c>.</summary>
    [HttpGet("releases")]
    public async Task<IActionResult> Releases(DateOnly? from, DateOnly? to, Guid? court, int since = 0, CancellationToken cancellationToken = default)
    {
        var page = await publishing.PageAsync(from, to, court, since, cancellationToken);
        var next = page.NextSince is { } position ? Absolute(Url.Action(nameof(Releases), new { from, to, court, since = position })!) : null;
        return Serve(publishing.Package(Absolute(Request.Path + Request.QueryString), clock.GetUtcNow(), "releases", page.Releases, next));
    }

    [HttpGet("releases/{ocid}")]
    public async Task<IActionResult> ReleasesOf(string ocid, CancellationToken cancellationToken)
    {
        var releases = publishing.NeedId(ocid) is { } needId ? await publishing.ReleasesAsync(needId, cancellationToken) : [];
        return releases.Count == 0 ? NotFound() : Serve(publishing.Package(Absolute(Request.Path), clock.GetUtcNow(), "releases", releases));
    }

    [HttpGet("records/{ocid}")]
    public async Task<IActionResult> Record(string ocid, CancellationToken cancellationToken)
    {
        var record = publishing.NeedId(ocid) is { } needId ? await publishing.RecordAsync(needId, cancellationToken) : null;
        return record is null ? NotFound() : Serve(publishing.Package(Absolute(Request.Path), clock.GetUtcNow(), "records", [record]));
    }

    /// <summary>Every release of a month (China time) in one package, e.g. <c>/api/ocds/bulk/2026-12.json</c>.</summary>
    [HttpGet("bulk/{month:regex(^\\d{{4}}-\\d{{2}}$)}.json")]
    public async Task<IActionResult> Bulk(string month, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return NotFound();
        }

        var releases = await publishing.MonthAsync(first.Year, first.Month, cancellationToken);
        return Serve(publishing.Package(Absolute(Request.Path), clock.GetUtcNow(), "releases", releases));
    }

    /// <summary>JSON with a strong ETag of its content (the package's publishedDate left out, so that unchanged data keeps its tag).</summary>
    private IActionResult Serve(JsonObject package)
    {
        var stable = (JsonObject)package.DeepClone();
        stable.Remove("publishedDate");
        var etag = $"\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(stable.ToJsonString(Readable))))[..32]}\"";
        Response.Headers.ETag = etag;
        Response.Headers["X-Api-Version"] = ApiVersion;
        Response.Headers.CacheControl = "public, max-age=60";
        if (Request.Headers.IfNoneMatch.Contains(etag))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        return Content(package.ToJsonString(Readable), "application/json; charset=utf-8");
    }

    private string Absolute(string path) => $"{Request.Scheme}://{Request.Host}{path}";
}
