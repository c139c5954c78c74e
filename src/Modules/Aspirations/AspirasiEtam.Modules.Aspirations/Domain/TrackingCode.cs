using System.Security.Cryptography;

namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>
/// Codes like ASP-7K3M-Q9XD-4HN2P: 13 random characters from an alphabet without look-alikes (no 0/O, 1/I/L, U),
/// about 64 bits. The code is a credential (it opens the report, replies, reopens and rates), so it must stay
/// unguessable with millions of reports even past the per-client rate limit; it is still short enough to read over the
/// phone. Codes issued before had 8 characters (about 40 bits) and keep working.
/// </summary>
internal static class TrackingCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => Random("ASP", 4, 4, 5);

    /// <summary>
    /// A prefix and groups of random characters of the alphabet, of the given lengths. The random bytes come from one
    /// call to the system's generator: each call costs a lock and a process-id check inside OpenSSL, and one call per
    /// character (25 per intake) cost about a tenth of the intake rate. A byte maps to a character only below
    /// 240 (8 × 30), so every character stays equally likely; the rare run out of usable bytes draws again.
    /// </summary>
    public static string Random(string prefix, params int[] groups) =>
        string.Create(prefix.Length + groups.Sum() + groups.Length, (prefix, groups), static (chars, state) =>
        {
            const int usable = 256 / 30 * 30;
            Span<byte> random = stackalloc byte[64];
            RandomNumberGenerator.Fill(random);
            var next = 0;
            state.prefix.CopyTo(chars);
            var at = state.prefix.Length;
            foreach (var length in state.groups)
            {
                chars[at++] = '-';
                for (var i = 0; i < length; i++)
                {
                    byte value;
                    do
                    {
                        if (next == random.Length)
                        {
                            RandomNumberGenerator.Fill(random);
                            next = 0;
                        }

                        value = random[next++];
                    }
                    while (value >= usable);

                    chars[at++] = Alphabet[value % Alphabet.Length];
                }
            }
        });

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
