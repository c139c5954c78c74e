using AspirasiEtam.Shared.Persistence;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Modules.OrganisationDirectory.Persistence;

/// <summary>
/// On the first start, registers the province's agencies from the embedded seed file (compiled from public
/// sources; admins edit them afterwards). Each registration publishes <c>AgencyRegistered</c> like any other.
/// </summary>
internal sealed class AgencySeeder(DirectoryDbContext context, TimeProvider clock, ILogger<AgencySeeder> logger) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await context.Agencies.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var row in SeedCsv.ReadEmbedded(typeof(AgencySeeder).Assembly, "agencies.csv"))
        {
            if (!AgencyKinds.TryParse(row["kind"], out var kind))
            {
                throw new FormatException($"Seed agency {row["code"]} has unknown kind '{row["kind"]}'.");
            }

            var agency = Agency.Register(row["code"], new AgencyDetails(
                Name: row["name"],
                ShortName: row["short_name"],
                Kind: kind,
                Address: null,
                Phone: null,
                Email: null,
                Website: null,
                IsMainOffice: bool.Parse(row["is_main_ppid"]),
                Categories: row["categories"].Split(';', StringSplitOptions.RemoveEmptyEntries)), now.UtcDateTime);
            context.Agencies.Add(agency);
            context.Publish(AgencyIntegrationEvents.Registered(agency, now));
        }

        await context.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} agencies", context.Agencies.Local.Count);
    }
}
