using AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;

namespace AspirasiEtam.Modules.PublicInformation.Caching;

/// <summary>
/// The register's counts per agency, category and year without search words (what every browse page shows beside its
/// list): kept in memory, dropped when this process saves a change to the public register, and at most 10 seconds old
/// for changes made by another instance on a shared SQL Server.
/// </summary>
internal sealed class RegisterFacetCache(TimeProvider clock)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    private (DateTimeOffset LoadedAt, IReadOnlyList<FacetGroup> Groups)? current;

    public void Invalidate() => current = null;

    public async Task<IReadOnlyList<FacetGroup>> GetAsync(Func<CancellationToken, Task<IReadOnlyList<FacetGroup>>> load, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (current is { } cached && now - cached.LoadedAt < Freshness)
        {
            return cached.Groups;
        }

        var groups = await load(cancellationToken);
        current = (now, groups);
        return groups;
    }
}
