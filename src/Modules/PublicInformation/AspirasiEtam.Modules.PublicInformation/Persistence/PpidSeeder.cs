using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.PublicInformation.Persistence;

/// <summary>
/// On the first start, PPID Utama's berkala checklist from the embedded list (edited in the product afterwards), and the
/// module's copy of the working-day calendar from the decreed holidays (kept in step with the admins' calendar by events).
/// </summary>
internal sealed class PpidSeeder(PublicInformationDbContext context) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await context.Holidays.AnyAsync(cancellationToken))
        {
            context.Holidays.AddRange(DecreedHolidays.All.Select(h => PpidHoliday.Create(h.Date, h.Kind, h.NameId, h.NameEn)));
            await context.SaveChangesAsync(cancellationToken);
        }

        if (await context.ChecklistItems.AnyAsync(cancellationToken))
        {
            return;
        }

        context.ChecklistItems.AddRange(SeedCsv.ReadEmbedded(typeof(PpidSeeder).Assembly, "berkala-checklist.csv")
            .Select(r => ChecklistItem.Create(r["code"], int.Parse(r["order"], System.Globalization.CultureInfo.InvariantCulture), r["title_id"], r["title_en"])));
        await context.SaveChangesAsync(cancellationToken);
    }
}
