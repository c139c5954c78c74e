using AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.PublicInformation.Caching;

/// <summary>
/// The public register's <see cref="FacetMap"/> (which agency, category and year each published entry counts under),
/// kept in memory so a search's facet counts are a tally of the ids the words find instead of a lookup per match in
/// the database (78 ms for a word found in 43,800 entries; docs/performance.md, issue 12). One caller at a time loads
/// it, in its own scope; it is dropped when this process saves a change to the public register and is at most 10
/// seconds old for changes made by another instance on a shared SQL Server (an entry published there meanwhile is
/// found by a search but not counted until the next load).
/// </summary>
internal sealed class RegisterFacetCache(TimeProvider clock, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private (DateTimeOffset LoadedAt, FacetMap Map)? current;
    private Task<FacetMap>? loading;
    private long version;

    public void Invalidate()
    {
        lock (gate)
        {
            version++;
            current = null;
        }
    }

    public Task<FacetMap> GetAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (current is { } cached && clock.GetUtcNow() - cached.LoadedAt < Freshness)
            {
                return Task.FromResult(cached.Map);
            }

            var loadingVersion = version;
            loading ??= Task.Run(() => LoadAsync(loadingVersion), CancellationToken.None);
            return loading.WaitAsync(cancellationToken);
        }
    }

    private async Task<FacetMap> LoadAsync(long loadingVersion)
    {
        try
        {
            var loadedAt = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var map = await FacetMap.LoadAsync(scope.ServiceProvider.GetRequiredService<PublicInformationDbContext>(), CancellationToken.None);
            lock (gate)
            {
                // A change saved while loading may be missing from this map: it answers the callers that waited for
                // it, but the next caller loads again.
                if (version == loadingVersion)
                {
                    current = (loadedAt, map);
                }
            }

            return map;
        }
        finally
        {
            lock (gate)
            {
                loading = null;
            }
        }
    }
}
