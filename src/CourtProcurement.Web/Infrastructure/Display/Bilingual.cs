using System.Globalization;

namespace CourtProcurement.Web.Infrastructure.Display;

/// <summary>Picks the Chinese or English name of platform data (categories, catalogue items) for the current language.</summary>
public static class Bilingual
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string chinese, string english) => IsEnglish ? english : chinese;
}
