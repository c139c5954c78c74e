namespace AspirasiEtam.Modules.Reports.Contracts;

/// <summary>
/// The Reports module's public surface for other modules. It publishes no events: it only reads the other modules'
/// (Aspirations, Organisation Directory) and builds its figures from them. What other modules may one day ask of
/// it goes here.
/// </summary>
public static class ReportsContracts
{
    /// <summary>The module's name, as the host and its database know it.</summary>
    public const string ModuleName = "reports";
}
