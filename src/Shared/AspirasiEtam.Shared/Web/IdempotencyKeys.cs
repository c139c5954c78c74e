using System.Text.RegularExpressions;

namespace AspirasiEtam.Shared.Web;

/// <summary>
/// The <c>Idempotency-Key</c> a client sends with a write so that sending it again after a lost answer returns the
/// first result instead of doing the write twice (submissions, staff steps).
/// </summary>
public static partial class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    public const string Message =
        "Idempotency-Key: 16–100 huruf, angka, - atau _ (mis. sebuah UUID). / Idempotency-Key must be 16–100 letters, digits, - or _ (e.g. a UUID).";

    public static bool IsWellFormed(string? key) => key is not null && WellFormed().IsMatch(key);

    [GeneratedRegex("^[A-Za-z0-9_-]{16,100}$")]
    private static partial Regex WellFormed();
}
