using System.Runtime.CompilerServices;
using AspirasiEtam.Modules.Aspirations.Domain;
using AspirasiEtam.Modules.Aspirations.Workflow;
using AspirasiEtam.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AspirasiEtam.Modules.Aspirations.Persistence;

/// <summary>
/// Watches what each save of this module changes and, once it is committed, drops what this process keeps in
/// memory about it: the reference data when a holiday, category or agency changed. All changes of the module go
/// through the change tracker (no bulk updates), so none escapes it.
/// </summary>
internal sealed class AspirationsChangeWatcher(ReferenceData referenceData) : SaveChangesInterceptor, IModuleInterceptor<AspirationsDbContext>
{
    private static readonly ConditionalWeakTable<DbContext, object> ReferenceChanged = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Inspect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Inspect(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Inspect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Interceptors run before SaveChanges detects changes itself.
        context.ChangeTracker.DetectChanges();
        var referenceChanged = context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is Holiday or Category or DispatchAgency);
        if (referenceChanged)
        {
            ReferenceChanged.AddOrUpdate(context, context);
        }
    }

    private void Apply(DbContext? context)
    {
        if (context is not null && ReferenceChanged.Remove(context))
        {
            referenceData.Invalidate();
        }
    }

    private static void Forget(DbContext? context)
    {
        if (context is not null)
        {
            ReferenceChanged.Remove(context);
        }
    }
}
