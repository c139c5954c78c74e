using System.Globalization;

namespace AspirasiEtam.Shared.Web;

/// <summary>
/// UI text is Bahasa Indonesia first, English second. Both stand side by side where the text is used,
/// so a page reads in one place; the request culture (cookie, default <c>id</c>) picks one.
/// </summary>
public static class Bilingual
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;

    /// <summary>Picks the Indonesian or English text for the current request.</summary>
    public static string T(string indonesian, string english) => IsEnglish ? english : indonesian;
}
