using AspirasiEtam.Modules.Aspirations;
using AspirasiEtam.Modules.Identity;
using AspirasiEtam.Modules.OrganisationDirectory;
using AspirasiEtam.Modules.PublicInformation;
using AspirasiEtam.Modules.Reports;
using AspirasiEtam.Shared.Modules;

namespace AspirasiEtam.Host;

/// <summary>
/// The modules of the monolith, listed on purpose: adding a module is adding a line here (see README).
/// Nothing is discovered from DLLs. Public so the tests check every module the host runs.
/// </summary>
public static class PortalModules
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new OrganisationDirectoryModule(),
        new IdentityModule(),
        new AspirationsModule(),
        new PublicInformationModule(),
        new ReportsModule(),
    ];
}
