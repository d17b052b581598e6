using System.Text.RegularExpressions;
using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Catalogue;

internal static partial class CatalogueRules
{
    /// <summary>Codes are lower-case letters, digits and hyphens: they appear in URLs and exports.</summary>
    public static string Code(string? code)
    {
        var value = Guard.Required(code, "Catalogue.CodeRequired", 50).ToLowerInvariant();
        return CodePattern().IsMatch(value) ? value : throw new DomainException("Catalogue.CodeFormat");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
