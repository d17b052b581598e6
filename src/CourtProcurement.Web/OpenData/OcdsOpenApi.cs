using System.Text.Json.Nodes;
using CourtProcurement.Application.OpenData;

namespace CourtProcurement.Web.OpenData;

/// <summary>
/// The OpenAPI 3.0 description of the open-data API, served at <c>/api/ocds/openapi.json</c>. Every value a
/// closed field can take is listed as an enum, from the same table the releases are built with
/// (<see cref="OcdsMapping.ClosedValues"/>), so the description cannot drift from the data.
/// </summary>
public static class OcdsOpenApi
{
    public static JsonObject Document(string serverUrl)
    {
        JsonNode Enum(string field) => new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray([.. OcdsMapping.ClosedValues[field].Select(v => (JsonNode)v)]),
        };
        JsonObject Ref(string name) => new() { ["$ref"] = $"#/components/schemas/{name}" };
        JsonObject Json(string schema) => new() { ["application/json"] = new JsonObject { ["schema"] = Ref(schema) } };
        JsonObject Ok(string schema, string description) => new()
        {
            ["200"] = new JsonObject
            {
                ["description"] = description,
                ["headers"] = new JsonObject
                {
                    ["ETag"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" }, ["description"] = "Strong tag of the content; send it back in If-None-Match." },
                    ["X-Api-Version"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(OcdsController.ApiVersion) } },
                },
                ["content"] = Json(schema),
            },
            ["304"] = new JsonObject { ["description"] = "Not modified since the ETag sent." },
            ["404"] = new JsonObject { ["description"] = "No such procurement (or month)." },
        };
        JsonObject Parameter(string name, string location, JsonObject schema, string description, bool required = false) => new()
        {
            ["name"] = name, ["in"] = location, ["required"] = required, ["description"] = description, ["schema"] = schema,
        };
        JsonObject Ocid() => Parameter("ocid", "path", new JsonObject { ["type"] = "string", ["pattern"] = "^ocds-[a-z0-9]+-[0-9a-f-]{36}$" }, "The procurement's OCID.", required: true);
        JsonObject Money() => new()
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["amount"] = new JsonObject { ["type"] = "number" }, ["currency"] = Enum("currency") },
        };
        JsonObject Party() => new()
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["id"] = new JsonObject { ["type"] = "string" }, ["name"] = new JsonObject { ["type"] = "string" } },
        };

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "CourtProcurement open data (OCDS 1.1.5)",
                ["version"] = OcdsController.ApiVersion,
                ["description"] = "Releases and records of every published procurement, in the Open Contracting Data Standard 1.1.5. "
                    + "Closed codelist values are listed as enums; a new value comes only with a new API version.",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = serverUrl }),
            ["paths"] = new JsonObject
            {
                ["/api/ocds/releases"] = new JsonObject
                {
                    ["get"] = new JsonObject
                    {
                        ["summary"] = "Release package, in publication order, 100 per page",
                        ["parameters"] = new JsonArray(
                            Parameter("from", "query", new JsonObject { ["type"] = "string", ["format"] = "date" }, "First day (China time)."),
                            Parameter("to", "query", new JsonObject { ["type"] = "string", ["format"] = "date" }, "Last day (China time)."),
                            Parameter("court", "query", new JsonObject { ["type"] = "string", ["format"] = "uuid" }, "Only this court's procurements."),
                            Parameter("since", "query", new JsonObject { ["type"] = "integer", ["minimum"] = 0 }, "Cursor: take it from links.next of the previous page.")),
                        ["responses"] = Ok("ReleasePackage", "A release package."),
                    },
                },
                ["/api/ocds/releases/{ocid}"] = new JsonObject
                {
                    ["get"] = new JsonObject { ["summary"] = "One procurement's releases", ["parameters"] = new JsonArray(Ocid()), ["responses"] = Ok("ReleasePackage", "A release package.") },
                },
                ["/api/ocds/records/{ocid}"] = new JsonObject
                {
                    ["get"] = new JsonObject { ["summary"] = "One procurement's record with its compiled release", ["parameters"] = new JsonArray(Ocid()), ["responses"] = Ok("RecordPackage", "A record package.") },
                },
                ["/api/ocds/bulk/{month}.json"] = new JsonObject
                {
                    ["get"] = new JsonObject
                    {
                        ["summary"] = "Every release of a month",
                        ["parameters"] = new JsonArray(Parameter("month", "path", new JsonObject { ["type"] = "string", ["pattern"] = "^\\d{4}-\\d{2}$" }, "yyyy-MM", required: true)),
                        ["responses"] = Ok("ReleasePackage", "A release package."),
                    },
                },
            },
            ["components"] = new JsonObject
            {
                ["schemas"] = new JsonObject
                {
                    ["Release"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("ocid", "id", "date", "tag", "initiationType"),
                        ["properties"] = new JsonObject
                        {
                            ["ocid"] = new JsonObject { ["type"] = "string" },
                            ["id"] = new JsonObject { ["type"] = "string" },
                            ["date"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                            ["tag"] = new JsonObject { ["type"] = "array", ["items"] = Enum("tag") },
                            ["initiationType"] = Enum("initiationType"),
                            ["buyer"] = Party(),
                            ["tender"] = new JsonObject
                            {
                                ["type"] = "object",
                                ["properties"] = new JsonObject
                                {
                                    ["id"] = new JsonObject { ["type"] = "string" },
                                    ["title"] = new JsonObject { ["type"] = "string" },
                                    ["status"] = Enum("tender.status"),
                                    ["procurementMethod"] = Enum("tender.procurementMethod"),
                                    ["procurementMethodDetails"] = new JsonObject { ["type"] = "string" },
                                    ["mainProcurementCategory"] = Enum("tender.mainProcurementCategory"),
                                    ["value"] = Money(),
                                    ["numberOfTenderers"] = new JsonObject { ["type"] = "integer" },
                                    ["tenderers"] = new JsonObject { ["type"] = "array", ["items"] = Party() },
                                },
                            },
                            ["awards"] = new JsonObject
                            {
                                ["type"] = "array",
                                ["items"] = new JsonObject
                                {
                                    ["type"] = "object",
                                    ["properties"] = new JsonObject
                                    {
                                        ["id"] = new JsonObject { ["type"] = "string" },
                                        ["status"] = Enum("awards.status"),
                                        ["value"] = Money(),
                                        ["suppliers"] = new JsonObject { ["type"] = "array", ["items"] = Party() },
                                    },
                                },
                            },
                            ["contracts"] = new JsonObject
                            {
                                ["type"] = "array",
                                ["items"] = new JsonObject
                                {
                                    ["type"] = "object",
                                    ["properties"] = new JsonObject
                                    {
                                        ["id"] = new JsonObject { ["type"] = "string" },
                                        ["awardID"] = new JsonObject { ["type"] = "string" },
                                        ["status"] = Enum("contracts.status"),
                                        ["value"] = Money(),
                                        ["dateSigned"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                                        ["implementation"] = new JsonObject
                                        {
                                            ["type"] = "object",
                                            ["properties"] = new JsonObject
                                            {
                                                ["transactions"] = new JsonObject
                                                {
                                                    ["type"] = "array",
                                                    ["description"] = "The value of work one court verified in one China month (what it owes the supplier), not a bank payment.",
                                                    ["items"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["value"] = Money(), ["payer"] = Party(), ["payee"] = Party() } },
                                                },
                                                ["milestones"] = new JsonObject
                                                {
                                                    ["type"] = "array",
                                                    ["items"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["type"] = Enum("milestones.type"), ["status"] = Enum("milestones.status") } },
                                                },
                                            },
                                        },
                                    },
                                },
                            },
                        },
                    },
                    ["ReleasePackage"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("uri", "version", "publishedDate", "publisher", "releases"),
                        ["properties"] = new JsonObject
                        {
                            ["uri"] = new JsonObject { ["type"] = "string", ["format"] = "uri" },
                            ["version"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("1.1") },
                            ["publishedDate"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                            ["publisher"] = Party(),
                            ["releases"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Release") },
                            ["links"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["next"] = new JsonObject { ["type"] = "string", ["format"] = "uri" } } },
                        },
                    },
                    ["RecordPackage"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("uri", "version", "publishedDate", "publisher", "records"),
                        ["properties"] = new JsonObject
                        {
                            ["uri"] = new JsonObject { ["type"] = "string", ["format"] = "uri" },
                            ["version"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("1.1") },
                            ["records"] = new JsonObject
                            {
                                ["type"] = "array",
                                ["items"] = new JsonObject
                                {
                                    ["type"] = "object",
                                    ["properties"] = new JsonObject
                                    {
                                        ["ocid"] = new JsonObject { ["type"] = "string" },
                                        ["releases"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Release") },
                                        ["compiledRelease"] = Ref("Release"),
                                    },
                                },
                            },
                        },
                    },
                },
            },
        };
    }
}
