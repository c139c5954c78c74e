using System.Security.Cryptography;

namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>
/// Codes like ASP-7K3M-Q9XD: 8 random characters from an alphabet without look-alikes (no 0/O, 1/I/L, U),
/// about 40 bits — unguessable at the rate the API allows, short enough to read over the phone.
/// </summary>
internal static class TrackingCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => Random("ASP", 4);

    /// <summary>A prefix and two groups of <paramref name="group"/> random characters of the alphabet.</summary>
    public static string Random(string prefix, int group)
    {
        Span<char> chars = stackalloc char[group * 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"{prefix}-{chars[..group]}-{chars[group..]}";
    }

    /// <summary>Upper-cases and restores the dashes of a code typed by hand; null when it cannot be one.</summary>
    public static string? Normalize(string? input)
    {
        var raw = new string((input ?? string.Empty).ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
        if (raw.StartsWith("ASP", StringComparison.Ordinal))
        {
            raw = raw[3..];
        }

        return raw.Length == 8 && raw.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? $"ASP-{raw[..4]}-{raw[4..]}" : null;
    }
}
