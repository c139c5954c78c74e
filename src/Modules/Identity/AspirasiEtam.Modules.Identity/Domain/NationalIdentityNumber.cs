namespace AspirasiEtam.Modules.Identity.Domain;

/// <summary>NIK (Nomor Induk Kependudukan): 16 digits on the KTP. Confidential: shown to its owner and to staff who need it.</summary>
internal static class NationalIdentityNumber
{
    public static bool IsValid(string? value) =>
        value is { Length: 16 } && value.All(char.IsAsciiDigit) && value.Any(c => c != '0');

    /// <summary>For lists and logs: the last four digits only.</summary>
    public static string Mask(string value) => new string('•', value.Length - 4) + value[^4..];
}
