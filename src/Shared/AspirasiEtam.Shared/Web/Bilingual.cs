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

    /// <summary>
    /// Picks the current language's half of a text stored as "Indonesian. / English." (the system's own words in a
    /// record both languages read, such as a timeline or a mail); a text without the separator is returned whole.
    /// </summary>
    public static string Pick(string stored) =>
        stored.IndexOf(Separator, StringComparison.Ordinal) is var at and >= 0
            ? (IsEnglish ? stored[(at + Separator.Length)..] : stored[..at]).Trim()
            : stored;

    /// <summary>The two halves of a text stored as "Indonesian. / English." (the whole text twice when it has one language).</summary>
    public static (string Indonesian, string English) Split(string stored) =>
        stored.IndexOf(Separator, StringComparison.Ordinal) is var at and >= 0
            ? (stored[..at].Trim(), stored[(at + Separator.Length)..].Trim())
            : (stored, stored);

    /// <summary>A text in both languages, stored the way <see cref="Pick"/> reads it.</summary>
    public static string Both(string indonesian, string english) => indonesian + Separator + english;

    private const string Separator = " / ";
}
