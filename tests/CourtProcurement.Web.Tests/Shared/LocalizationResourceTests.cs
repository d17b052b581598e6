using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CourtProcurement.Web.Tests.Shared;

/// <summary>Every interface string exists in Simplified Chinese and in English.</summary>
public sealed partial class LocalizationResourceTests
{
    private static readonly string WebProject = Path.Combine(FindRepositoryRoot(), "src", "CourtProcurement.Web");

    private static Dictionary<string, string> Load(string file)
        => XDocument.Load(Path.Combine(WebProject, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Chinese_and_english_have_the_same_keys_and_no_empty_text()
    {
        var chinese = Load("SharedResource.resx");
        var english = Load("SharedResource.en.resx");

        Assert.Equal(chinese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(chinese.Concat(english), e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void Every_key_a_view_or_controller_asks_for_exists()
    {
        var known = Load("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(WebProject, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(WebProject, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var asked = sources.SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Where(k => !k.EndsWith('.'))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(asked);
        Assert.DoesNotContain(asked, k => !known.Contains(k));
    }

    [GeneratedRegex("""(?:L\[|localizer\[|ErrorMessage = |Display\(Name = )"(?<key>[A-Z][A-Za-z0-9]*\.[A-Za-z0-9_.]+)""")]
    private static partial Regex KeyUse();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CourtProcurement.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CourtProcurement.sln not found above the test output.");
    }
}
