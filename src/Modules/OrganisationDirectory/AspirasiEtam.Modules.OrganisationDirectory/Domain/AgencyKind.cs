namespace AspirasiEtam.Modules.OrganisationDirectory.Domain;

/// <summary>The kinds of provincial agency (jenis perangkat daerah).</summary>
internal enum AgencyKind
{
    Dinas,
    Badan,
    Biro,
    Hospital,
    Secretariat,
    Inspectorate,
    Other,
}

internal static class AgencyKinds
{
    /// <summary>The lower-case names used in the API, the events and the seed file.</summary>
    public static readonly IReadOnlyList<string> Names = Enum.GetNames<AgencyKind>().Select(n => n.ToLowerInvariant()).ToArray();

    public static bool TryParse(string? value, out AgencyKind kind) =>
        Enum.TryParse(value, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(value, out _);

    public static string ToName(this AgencyKind kind) => kind.ToString().ToLowerInvariant();

    public static string Label(this AgencyKind kind, bool english) => kind switch
    {
        AgencyKind.Dinas => english ? "Department" : "Dinas",
        AgencyKind.Badan => english ? "Board" : "Badan",
        AgencyKind.Biro => english ? "Bureau" : "Biro",
        AgencyKind.Hospital => english ? "Regional hospital" : "Rumah Sakit Daerah",
        AgencyKind.Secretariat => english ? "Secretariat" : "Sekretariat",
        AgencyKind.Inspectorate => english ? "Inspectorate" : "Inspektorat",
        _ => english ? "Other" : "Lainnya",
    };
}
