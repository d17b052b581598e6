using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CourtProcurement.Application.OpenData;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.OpenData;

/// <summary>The demo's procurements as OCDS 1.1.5 open data, read without signing in.</summary>
public sealed class OcdsApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(string Json, HttpResponseMessage Response)> GetAsync(string url)
    {
        using var anyone = portal.NewSession();
        var response = await anyone.Client.GetAsync(url);
        return (await response.Content.ReadAsStringAsync(), response);
    }

    private Task<Guid> NeedAsync(string titlePart)
        => portal.WithDatabaseAsync(db => db.ServiceNeeds.Where(n => n.Title.Contains(titlePart)).Select(n => n.Id).SingleAsync());

    private static string Ocid(Guid needId) => $"ocds-cpcourt-{needId:D}";

    [Fact]
    public async Task The_release_package_validates_against_the_schema_and_uses_only_closed_codes()
    {
        var (json, response) = await GetAsync("/api/ocds/releases");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1.0", response.Headers.GetValues("X-Api-Version").Single());
        Assert.Empty(await OcdsSchema.PackageErrorsAsync(json));

        var releases = JsonNode.Parse(json)!["releases"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.True(releases.Count >= 8);
        var tags = OcdsSchema.Codes("releaseTag.csv");
        var tenderStatus = OcdsSchema.Codes("tenderStatus.csv");
        var methods = OcdsSchema.Codes("method.csv");
        var awardStatus = OcdsSchema.Codes("awardStatus.csv");
        foreach (var release in releases)
        {
            Assert.StartsWith("ocds-cpcourt-", release["ocid"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.All(release["tag"]!.AsArray(), t => Assert.Contains(t!.GetValue<string>(), tags));
            Assert.Contains(release["tender"]!["status"]!.GetValue<string>(), tenderStatus);
            Assert.Contains(release["tender"]!["procurementMethod"]!.GetValue<string>(), methods);
            Assert.Equal("tender", release["initiationType"]!.GetValue<string>());
            Assert.Equal("CNY", release["tender"]!["value"]!["currency"]!.GetValue<string>());
            Assert.All(release["awards"]?.AsArray() ?? [], a => Assert.Contains(a!["status"]!.GetValue<string>(), awardStatus));
            Assert.EndsWith("+08:00", release["date"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Contains(releases, r => r["tender"]!["procurementMethodDetails"]!.GetValue<string>() == "询价");
    }

    [Fact]
    public async Task Nothing_sealed_or_private_is_published()
    {
        var (open, _) = await GetAsync($"/api/ocds/releases/{Ocid(await NeedAsync("二标段"))}");
        Assert.DoesNotContain("tenderers", open, StringComparison.Ordinal);
        // Ids left out first: a GUID may hold "82000" by chance.
        Assert.DoesNotContain("82000", System.Text.RegularExpressions.Regex.Replace(open, "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", string.Empty), StringComparison.Ordinal);

        var (all, _) = await GetAsync("/api/ocds/releases");
        Assert.DoesNotContain("服务方案：", all, StringComparison.Ordinal);
        Assert.DoesNotContain("0755-", all, StringComparison.Ordinal);
        Assert.DoesNotContain("contactPoint", all, StringComparison.Ordinal);
        Assert.DoesNotContain("诉讼卷宗扫描", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_compiles_its_releases_by_the_merge_rules_and_its_compiled_release_validates()
    {
        var ocid = Ocid(await NeedAsync("一标段"));
        var (json, response) = await GetAsync($"/api/ocds/records/{ocid}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = JsonNode.Parse(json)!["records"]![0]!.AsObject();
        var compiled = record["compiledRelease"]!.AsObject();
        Assert.Empty(await OcdsSchema.ReleaseErrorsAsync(compiled));
        var releases = record["releases"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.All(releases, r => Assert.Empty(OcdsSchema.ReleaseErrorsAsync(r).Result));
        Assert.True(JsonNode.DeepEquals(OcdsMerge.Compile(ocid, releases), compiled));
        Assert.Equal("complete", compiled["tender"]!["status"]!.GetValue<string>());
        var award = Assert.Single(compiled["awards"]!.AsArray())!;
        Assert.Equal("active", award["status"]!.GetValue<string>());
        Assert.Contains(compiled["parties"]!.AsArray(), p => p!["roles"]!.AsArray().Any(r => r!.GetValue<string>() == "supplier"));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/api/ocds/records/ocds-cpcourt-not-a-need")).Response.StatusCode);
    }

    [Fact]
    public async Task A_signed_framework_agreement_is_published_with_its_members_and_verified_work_but_no_case()
    {
        var ocid = Ocid(await NeedAsync("2026年第四季度"));
        var (json, _) = await GetAsync($"/api/ocds/records/{ocid}");
        var record = JsonNode.Parse(json)!["records"]![0]!.AsObject();
        var compiled = record["compiledRelease"]!.AsObject();
        Assert.Empty(await OcdsSchema.ReleaseErrorsAsync(compiled));
        Assert.All(record["releases"]!.AsArray(), r => Assert.Empty(OcdsSchema.ReleaseErrorsAsync(r!.AsObject()).Result));
        Assert.True(JsonNode.DeepEquals(OcdsMerge.Compile(ocid, [.. record["releases"]!.AsArray().Select(r => r!.AsObject())]), compiled));

        var contract = Assert.Single(compiled["contracts"]!.AsArray())!;
        Assert.Contains(contract["status"]!.GetValue<string>(), OcdsSchema.Codes("contractStatus.csv"));
        Assert.Equal(compiled["awards"]![0]!["id"]!.GetValue<string>(), contract["awardID"]!.GetValue<string>());
        var milestone = contract["implementation"]!["milestones"]![0]!;
        Assert.Contains(milestone["type"]!.GetValue<string>(), OcdsSchema.Codes("milestoneType.csv"));
        Assert.Contains(milestone["status"]!.GetValue<string>(), OcdsSchema.Codes("milestoneStatus.csv"));

        // The verified work of both courts (95 documents at the unit price), each court as the payer of its own.
        var verified = await portal.WithDatabaseAsync(db => db.WorkOrders.IgnoreQueryFilters().Where(w => w.Status == Domain.Contracts.WorkOrderStatus.Verified).Select(w => w.Amount).ToListAsync());
        var transactions = contract["implementation"]!["transactions"]!.AsArray();
        Assert.Equal(verified.Sum(), transactions.Sum(t => t!["value"]!["amount"]!.GetValue<decimal>()));
        var payers = compiled["parties"]!.AsArray().Where(p => p!["roles"]!.AsArray().Any(r => r!.GetValue<string>() == "payer")).Select(p => p!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(2, payers.Count);
        Assert.Contains(payers, p => p.Contains("福田", StringComparison.Ordinal));
        Assert.Contains("框架协议", contract["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("contractSigned", contract["documents"]![0]!["documentType"]!.GetValue<string>());

        var (all, _) = await GetAsync("/api/ocds/releases");
        Assert.DoesNotContain("民初", all, StringComparison.Ordinal);
        Assert.DoesNotContain("送达回证缺少", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_harvester_pages_with_the_cursor_and_revalidates_with_the_etag()
    {
        var (json, response) = await GetAsync("/api/ocds/releases");
        var total = JsonNode.Parse(json)!["releases"]!.AsArray().Count;
        var (rest, _) = await GetAsync("/api/ocds/releases?since=2");
        Assert.Equal(total - 2, JsonNode.Parse(rest)!["releases"]!.AsArray().Count);

        using var again = portal.NewSession();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/ocds/releases");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(response.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.NotModified, (await again.Client.SendAsync(request)).StatusCode);

        var month = portal.Services.GetService(typeof(TimeProvider)) is TimeProvider clock ? Domain.Common.ChinaTime.ToChinaTime(clock.GetUtcNow()).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) : "";
        var (bulk, bulkResponse) = await GetAsync($"/api/ocds/bulk/{month}.json");
        Assert.Equal(HttpStatusCode.OK, bulkResponse.StatusCode);
        Assert.Empty(await OcdsSchema.PackageErrorsAsync(bulk));
        Assert.Equal(total, JsonNode.Parse(bulk)!["releases"]!.AsArray().Count);
    }
}

/// <summary>The OpenAPI description documents every closed value the data uses.</summary>
public sealed class OcdsOpenApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_closed_value_in_the_data_is_an_enum_value_of_the_description()
    {
        using var anyone = portal.NewSession();
        var document = JsonNode.Parse(await (await anyone.Client.GetAsync("/api/ocds/openapi.json")).Content.ReadAsStringAsync())!;
        Assert.Equal("3.0.3", document["openapi"]!.GetValue<string>());
        Assert.Equal("1.0", document["info"]!["version"]!.GetValue<string>());
        var release = document["components"]!["schemas"]!["Release"]!["properties"]!;
        IReadOnlySet<string> Enum(JsonNode schema) => schema["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToHashSet();
        var tags = Enum(release["tag"]!["items"]!);
        var statuses = Enum(release["tender"]!["properties"]!["status"]!);
        var methods = Enum(release["tender"]!["properties"]!["procurementMethod"]!);
        var awardStatuses = Enum(release["awards"]!["items"]!["properties"]!["status"]!);
        var contract = release["contracts"]!["items"]!["properties"]!;
        var contractStatuses = Enum(contract["status"]!);
        var milestone = contract["implementation"]!["properties"]!["milestones"]!["items"]!["properties"]!;
        Assert.Subset(OcdsSchema.Codes("releaseTag.csv").ToHashSet(), tags.ToHashSet());
        Assert.Subset(OcdsSchema.Codes("contractStatus.csv").ToHashSet(), contractStatuses.ToHashSet());
        Assert.Subset(OcdsSchema.Codes("milestoneStatus.csv").ToHashSet(), Enum(milestone["status"]!).ToHashSet());
        Assert.Subset(OcdsSchema.Codes("tenderStatus.csv").ToHashSet(), statuses.ToHashSet());

        var releases = JsonNode.Parse(await (await anyone.Client.GetAsync("/api/ocds/releases")).Content.ReadAsStringAsync())!["releases"]!.AsArray();
        foreach (var r in releases)
        {
            Assert.All(r!["tag"]!.AsArray(), t => Assert.Contains(t!.GetValue<string>(), tags));
            Assert.Contains(r["tender"]!["status"]!.GetValue<string>(), statuses);
            Assert.Contains(r["tender"]!["procurementMethod"]!.GetValue<string>(), methods);
            Assert.All(r["awards"]?.AsArray() ?? [], a => Assert.Contains(a!["status"]!.GetValue<string>(), awardStatuses));
            Assert.All(r["contracts"]?.AsArray() ?? [], c => Assert.Contains(c!["status"]!.GetValue<string>(), contractStatuses));
        }

        Assert.Contains(releases, r => r!["contracts"] is not null);
    }
}
