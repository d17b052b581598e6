using System.Text.Json.Nodes;
using NJsonSchema;

namespace CourtProcurement.Web.Tests.OpenData;

/// <summary>The OCDS 1.1.5 schemas and closed codelists kept in docs/ocds (validated offline: the package's reference to the release schema is pointed at the local file).</summary>
internal static class OcdsSchema
{
    private static readonly string Folder = Path.Combine(FindRepositoryRoot(), "docs", "ocds", "1.1.5");

    private static readonly Lazy<Task<JsonSchema>> Package = new(async () =>
    {
        var text = (await File.ReadAllTextAsync(Path.Combine(Folder, "release-package-schema.json")))
            .Replace("https://standard.open-contracting.org/schema/1__1__5/release-schema.json", "release-schema.json", StringComparison.Ordinal);
        return await JsonSchema.FromJsonAsync(text, Path.Combine(Folder, "release-package-schema.json"));
    });

    private static readonly Lazy<Task<JsonSchema>> Release = new(() => JsonSchema.FromFileAsync(Path.Combine(Folder, "release-schema.json")));

    public static async Task<IReadOnlyList<string>> PackageErrorsAsync(string json)
        => [.. (await Package.Value).Validate(json).Select(e => $"{e.Path}: {e.Kind}")];

    public static async Task<IReadOnlyList<string>> ReleaseErrorsAsync(JsonNode release)
        => [.. (await Release.Value).Validate(release.ToJsonString()).Select(e => $"{e.Path}: {e.Kind}")];

    /// <summary>The codes of a closed codelist.</summary>
    public static IReadOnlySet<string> Codes(string codelist)
        => File.ReadLines(Path.Combine(Folder, "codelists", codelist)).Skip(1).Select(l => l.Split(',')[0]).ToHashSet(StringComparer.Ordinal);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CourtProcurement.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
