namespace CourtProcurement.Domain.Organizations;

/// <summary>
/// The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015: registration
/// authority, organization type, 6-digit administrative division, 9-character organization code and a
/// check character computed modulo 31 over the first seventeen.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    // GB 32100-2015 uses the digits and 21 capital letters: I, O, Z, S and V are left out.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper-cases and trims what a person typed, so that "91350100m000100y43 " is accepted.</summary>
    public static string Normalize(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    public static bool IsValid(string? code)
    {
        var normalized = Normalize(code);
        if (normalized.Length != Length || !normalized.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        // Characters 3 to 8 are the administrative division code: digits only.
        if (!normalized.AsSpan(2, 6).ToString().All(char.IsAsciiDigit))
        {
            return false;
        }

        return CheckCharacter(normalized.AsSpan(0, Length - 1)) == normalized[Length - 1];
    }

    public static char CheckCharacter(ReadOnlySpan<char> firstSeventeen)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Alphabet.IndexOf(firstSeventeen[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }
}
