using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Persistence;

/// <summary>On the first start, PPID Utama's berkala checklist from the embedded list (edited in the product afterwards).</summary>
internal sealed class ChecklistSeeder(PublicInformationDbContext context) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await context.ChecklistItems.AnyAsync(cancellationToken))
        {
            return;
        }

        context.ChecklistItems.AddRange(SeedCsv.ReadEmbedded(typeof(ChecklistSeeder).Assembly, "berkala-checklist.csv")
            .Select(r => ChecklistItem.Create(r["code"], int.Parse(r["order"], System.Globalization.CultureInfo.InvariantCulture), r["title_id"], r["title_en"])));
        await context.SaveChangesAsync(cancellationToken);
    }
}
