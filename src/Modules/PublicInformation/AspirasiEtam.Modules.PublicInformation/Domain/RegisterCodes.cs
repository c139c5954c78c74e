namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>How categories and forms are written in URLs, the API, feeds and spreadsheets.</summary>
internal static class RegisterCodes
{
    private static readonly Dictionary<InformationCategory, string> Categories = new()
    {
        [InformationCategory.Berkala] = "berkala",
        [InformationCategory.SertaMerta] = "serta-merta",
        [InformationCategory.SetiapSaat] = "setiap-saat",
    };

    private static readonly Dictionary<AvailableForm, string> Forms = new()
    {
        [AvailableForm.SoftCopy] = "softcopy",
        [AvailableForm.HardCopy] = "hardcopy",
        [AvailableForm.Both] = "softcopy-hardcopy",
    };

    public static IReadOnlyCollection<string> CategoryCodes => Categories.Values;

    public static IReadOnlyCollection<string> FormCodes => Forms.Values;

    public static string Code(this InformationCategory category) => Categories[category];

    public static string Code(this AvailableForm form) => Forms[form];

    public static InformationCategory? ParseCategory(string? code) =>
        Categories.FirstOrDefault(c => string.Equals(c.Value, code?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Value: not null } hit ? hit.Key : null;

    public static AvailableForm? ParseForm(string? code) =>
        Forms.FirstOrDefault(c => string.Equals(c.Value, code?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Value: not null } hit ? hit.Key : null;

    public static string CategoryName(InformationCategory category, bool english) => (category, english) switch
    {
        (InformationCategory.Berkala, false) => "Informasi berkala",
        (InformationCategory.Berkala, true) => "Periodic information",
        (InformationCategory.SertaMerta, false) => "Informasi serta merta",
        (InformationCategory.SertaMerta, true) => "Immediate information",
        (_, false) => "Informasi tersedia setiap saat",
        _ => "Information available at any time",
    };
}
