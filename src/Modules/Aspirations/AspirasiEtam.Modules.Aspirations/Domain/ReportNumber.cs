namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>
/// Numbers like LAP-7K3M9-Q9XD2 by which staff name a report. Never the tracking code: the code lets its holder
/// reply, reopen and rate, so it stays with the reporter. 10 random characters (about 49 bits) keep numbers unique
/// at millions of reports.
/// </summary>
internal static class ReportNumber
{
    public static string New() => TrackingCode.Random("LAP", 5, 5);

    /// <summary>Upper-cases a number typed by hand; null when it cannot be one.</summary>
    public static string? Normalize(string? input)
    {
        var raw = new string((input ?? string.Empty).ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
        if (raw.StartsWith("LAP", StringComparison.Ordinal))
        {
            raw = raw[3..];
        }

        return raw.Length == 10 ? $"LAP-{raw[..5]}-{raw[5..]}" : null;
    }
}
