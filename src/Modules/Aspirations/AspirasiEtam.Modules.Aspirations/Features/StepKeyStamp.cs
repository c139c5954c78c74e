using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Aspirations.Features;

/// <summary>
/// Writes the <c>Idempotency-Key</c> of a staff step (<see cref="StaffStepRoutes.MapStep{TBody}"/>) onto the timeline
/// entry the step adds, in the step's own save: a unique index on (report, key) then makes a retry of the same step
/// findable, and a copy racing it fail, whatever the step was. Only the newest entry is stamped (a step may write two).
/// </summary>
internal sealed class StepKeyStamp(IHttpContextAccessor http) : BeforeSaveInterceptor, IModuleInterceptor<AspirationsDbContext>
{
    public const string Column = "IdempotencyKey";

    private static readonly object ItemKey = new();

    public static void Remember(HttpContext context, string key) => context.Items[ItemKey] = key;

    protected override void BeforeSave(DbContext context)
    {
        if (http.HttpContext?.Items[ItemKey] is not string key)
        {
            return;
        }

        var newest = context.ChangeTracker.Entries<TimelineEntry>()
            .Where(e => e.State == EntityState.Added)
            .MaxBy(e => e.Entity.Sequence);
        if (newest is not null)
        {
            newest.Property(Column).CurrentValue = key;
        }
    }
}
