using System.Text.RegularExpressions;
using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Contracts;

/// <summary>案号, e.g. (2026)粤0309民初1234号, (2026)粤民终12号, (2026)最高法民终3号: year, court code, case type, sequence. Full-width brackets are accepted and kept.</summary>
public static partial class CaseNumber
{
    public static string Normalize(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        if (!Pattern().IsMatch(text))
        {
            throw new DomainException("WorkOrder.CaseNumberInvalid");
        }

        return text;
    }

    // Court code: a province character with digits (粤0309, 粤03), the province alone (粤, a high court) or 最高法.
    [GeneratedRegex(@"^[(（]\d{4}[)）][\u4e00-\u9fff]{1,3}\d{0,4}[\u4e00-\u9fff]{1,6}\d{1,6}号$")]
    private static partial Regex Pattern();
}
