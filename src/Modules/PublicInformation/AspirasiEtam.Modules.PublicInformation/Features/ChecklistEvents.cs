using AspirasiEtam.Modules.PublicInformation.Contracts;

namespace AspirasiEtam.Modules.PublicInformation.Features;

/// <summary>What other modules hear of the checklist: its active codes now (the item being saved included).</summary>
internal static class ChecklistEvents
{
    public static async Task<ChecklistChanged> ChangedAsync(PublicInformationDbContext context, TimeProvider clock, CancellationToken cancellationToken)
    {
        var saved = await context.ChecklistItems.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.IsActive, cancellationToken);
        foreach (var tracked in context.ChecklistItems.Local)
        {
            saved[tracked.Code] = tracked.IsActive;
        }

        return new ChecklistChanged([.. saved.Where(i => i.Value).Select(i => i.Key).Order(StringComparer.Ordinal)], clock.GetUtcNow());
    }
}
