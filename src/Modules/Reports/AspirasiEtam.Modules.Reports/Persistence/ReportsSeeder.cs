using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.Reports.Persistence;

/// <summary>On the first start, the module's copy of the working-day calendar from the decreed holidays.</summary>
internal sealed class ReportsSeeder(ReportsDbContext context) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await context.Holidays.AnyAsync(cancellationToken))
        {
            context.Holidays.AddRange(DecreedHolidays.All.Select(h => ReportHoliday.On(h.Date)));
            await context.SaveChangesAsync(cancellationToken);
        }
    }
}
