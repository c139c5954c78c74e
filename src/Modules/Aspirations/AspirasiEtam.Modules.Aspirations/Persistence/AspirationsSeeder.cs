using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Time;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Modules.Aspirations.Persistence;

/// <summary>The starting categories and the holiday calendar (2025–2026 from the joint ministerial decrees); admins maintain both afterwards.</summary>
internal sealed class AspirationsSeeder(AspirationsDbContext context, TimeProvider clock, ILogger<AspirationsSeeder> logger) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await context.Categories.AnyAsync(cancellationToken))
        {
            context.Categories.AddRange(SeedCsv.ReadEmbedded(typeof(AspirationsSeeder).Assembly, "categories.csv")
                .Select(r => new Category(r["code"], r["name_id"], r["name_en"])));
        }

        if (!await context.Holidays.AnyAsync(cancellationToken))
        {
            context.Holidays.AddRange(DecreedHolidays.All.Select(h => new Holiday(h.Date, h.Kind, h.NameId, h.NameEn)));
        }

        await context.SaveChangesAsync(cancellationToken);

        var lastHoliday = await context.Holidays.OrderByDescending(h => h.Date).Select(h => (DateOnly?)h.Date).FirstOrDefaultAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (WorkingDayCalendar.RunsOutSoon(lastHoliday, today))
        {
            logger.LogWarning("The holiday calendar does not cover the next 60 days (to {Horizon}): add next year's holidays at /api/admin/holidays", today.AddDays(60));
        }
    }
}
