using AspirasiEtam.Shared.Security;

namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>
/// Codes like ASP-7K3M-Q9XD-4HN2P: 13 random characters from an alphabet without look-alikes (no 0/O, 1/I/L, U),
/// about 64 bits. The code is a credential (it opens the report, replies, reopens and rates), so it must stay
/// unguessable with millions of reports even past the per-client rate limit; it is still short enough to read over the
/// phone. Codes issued before had 8 characters (about 40 bits) and keep working.
/// </summary>
internal static class TrackingCode
{
    private const string Alphabet = RandomCodes.Alphabet;

    public static string New() => RandomCodes.Of("ASP", 4, 4, 5);

    /// <summary>Upper-cases and restores the dashes of a code typed by hand; null when it cannot be one.</summary>
    public static string? Normalize(string? input)
    {
        var raw = new string((input ?? string.Empty).ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
        if (raw.StartsWith("ASP", StringComparison.Ordinal))
        {
            raw = raw[3..];
        }

        if (!raw.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        return raw.Length switch
        {
            13 => $"ASP-{raw[..4]}-{raw[4..8]}-{raw[8..]}",
            8 => $"ASP-{raw[..4]}-{raw[4..]}",
            _ => null,
        };
    }
}
