using System.Security.Cryptography;

namespace AspirasiEtam.Shared.Security;

/// <summary>
/// Random codes people read and type — a prefix and groups of characters from an alphabet without look-alikes (no
/// 0/O, 1/I/L, U), about 4.9 bits each: tracking codes, report numbers, the secret code of an information request.
/// </summary>
public static class RandomCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>
    /// A prefix and groups of random characters of the alphabet, of the given lengths. The random bytes come from one
    /// call to the system's generator: each call costs a lock and a process-id check inside OpenSSL, and one call per
    /// character (25 per intake) cost about a tenth of the intake rate. A byte maps to a character only below
    /// 240 (8 × 30), so every character stays equally likely; the rare run out of usable bytes draws again.
    /// </summary>
    public static string Of(string prefix, params int[] groups) =>
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
}
