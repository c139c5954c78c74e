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

        // The years shipped from the decrees count as confirmed; later years are confirmed by an admin.
        if (!await context.CalendarYears.AnyAsync(cancellationToken))
        {
            context.CalendarYears.AddRange(DecreedHolidays.All.GroupBy(h => h.Date.Year)
                .Select(g => CalendarYear.Confirm(g.Key, g.Count(), Guid.Empty, clock.GetUtcNow().UtcDateTime)));
        }

        await context.SaveChangesAsync(cancellationToken);

        var confirmed = await context.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken);
        var today = LocalTime.Today(clock.GetUtcNow());
        if (WorkingDayCalendar.RunsOutSoon(confirmed, today))
        {
            logger.LogWarning("The confirmed holiday calendar does not cover the next 60 days (to {Horizon}): import and confirm next year's at /api/admin/holidays/{{year}}/import and /confirm", today.AddDays(60));
        }
    }
}
