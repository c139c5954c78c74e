namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>
/// Numbers like LAP-7K3M-Q9XD-4HN2 by which staff name a report. Never the tracking code: the code lets its holder
/// reply, reopen and rate, so it stays with the reporter. 12 random characters (about 59 bits): two reports share a
/// number about once in a million million, so the column needs no unique index (which would slow every intake).
/// Reports numbered when the numbers were introduced have 10 characters (LAP-XXXXX-XXXXX) and keep them.
/// </summary>
internal static class ReportNumber
{
    public static string New() => AspirasiEtam.Shared.Security.RandomCodes.Of("LAP", 4, 4, 4);

    /// <summary>Upper-cases a number typed by hand; null when it cannot be one.</summary>
    public static string? Normalize(string? input)
    {
        var raw = new string((input ?? string.Empty).ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
        if (raw.StartsWith("LAP", StringComparison.Ordinal))
        {
            raw = raw[3..];
        }

        return raw.Length switch
        {
            12 => $"LAP-{raw[..4]}-{raw[4..8]}-{raw[8..]}",
            10 => $"LAP-{raw[..5]}-{raw[5..]}",
            _ => null,
        };
    }
}
