using System.Collections.Concurrent;
using AspirasiEtam.Shared.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;

/// <summary>
/// The facet group (agency × category × year) of every published entry, by the public row's id: what the facet counts
/// tally instead of a lookup per match in the database (78 ms for a word found in 43,800 entries; docs/performance.md,
/// issue 12). 100,000 entries take ~3 MB and one read of a narrow covering index to load; kept in memory by a
/// <see cref="MemorySnapshot{T}"/>.
/// </summary>
internal sealed class FacetMap
{
    private readonly FacetGroup[] groups;
    private readonly Dictionary<long, int> groupOf;
    private readonly ConcurrentDictionary<RegisterFilter, RegisterFacets> browseFacets = new();
    private readonly ConcurrentDictionary<(string Words, RegisterFilter Filter), MatchScan> scans = new();

    private FacetMap(FacetGroup[] groups, Dictionary<long, int> groupOf, int[] tally) =>
        (this.groups, this.groupOf, All) = (groups, groupOf, Counted(groups, tally));

    /// <summary>How many groups there are (the length of a tally).</summary>
    public int GroupCount => groups.Length;

    /// <summary>Every group with how many published entries it holds (the counts without search words).</summary>
    public IReadOnlyList<FacetGroup> All { get; }

    /// <summary>
    /// How old the map may be (changes made by another instance on a shared SQL Server); this process's own changes
    /// drop it at once (<see cref="Caching.PublicInformationChangeWatcher"/>). An entry published elsewhere meanwhile
    /// is found by a search but not counted until the next load. A minute, not seconds: each load reads every entry
    /// (~50 ms of SQLite work for 100,000) and forgets the remembered scans, and with a 10 s age those bursts set the
    /// p99 of a mixed search load (119 against 40 ms; docs/performance.md).
    /// </summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    public static async Task<FacetMap> LoadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var context = services.GetRequiredService<PublicInformationDbContext>();
        // The agencies' names (as the directory's events gave them) label the agency facets; a code two agencies hold
        // for a moment (events still arriving) is labelled with the first.
        var names = (await context.Agencies.AsNoTracking().Select(a => new { a.Code, a.Name }).ToListAsync(cancellationToken))
            .GroupBy(a => a.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var keys = new Dictionary<(string Agency, InformationCategory Category, int Year), int>();
        var groupOf = new Dictionary<long, int>();
        var tally = new List<int>();
        await foreach (var row in context.PublicEntries.AsNoTracking().Select(p => new { p.Id, p.AgencyCode, p.Category, p.Year }).AsAsyncEnumerable()
                           .WithCancellation(cancellationToken))
        {
            if (!keys.TryGetValue((row.AgencyCode, row.Category, row.Year), out var group))
            {
                group = keys.Count;
                keys.Add((row.AgencyCode, row.Category, row.Year), group);
                tally.Add(0);
            }

            groupOf[row.Id] = group;
            tally[group]++;
        }

        var groups = new FacetGroup[keys.Count];
        foreach (var ((agency, category, year), group) in keys)
        {
            groups[group] = new FacetGroup { AgencyCode = agency, AgencyName = names.GetValueOrDefault(agency, agency), Category = category.ToString(), Year = year };
        }

        return new FacetMap(groups, groupOf, [.. tally]);
    }

    /// <summary>The group of a published entry, or -1 when it was published after the map was loaded.</summary>
    public int GroupOf(long id) => groupOf.GetValueOrDefault(id, -1);

    /// <summary>Whether an entry of this group passes the filter.</summary>
    public bool Passes(int group, RegisterFilter filter)
    {
        var g = groups[group];
        return (filter.Agency is null || g.AgencyCode == filter.Agency)
            && (filter.Category is null || g.Category == filter.Category.ToString())
            && (filter.Year is null || g.Year == filter.Year);
    }

    /// <summary>
    /// The facets of browsing (no search words) with a filter, summed once per map and filter (at most 1,000 filters:
    /// they are typed by the public). Every agency page and browse page shows them.
    /// </summary>
    public RegisterFacets BrowseFacets(RegisterFilter filter) =>
        browseFacets.TryGetValue(filter, out var facets) ? facets : Remember(browseFacets, filter, RegisterSearch.Facets(All, filter), 1000);

    /// <summary>
    /// What the words found with a filter (the tally and where the rank window starts), if already scanned against
    /// this map: a word searched again within the map's life (at most a minute, or until a change) is not scanned again.
    /// At most 256 are remembered (a common word's tally holds every group, ~50 KB).
    /// </summary>
    public MatchScan? ScannedBefore(string words, RegisterFilter filter) => scans.GetValueOrDefault((words, filter));

    public MatchScan Scanned(string words, RegisterFilter filter, MatchScan scan) => Remember(scans, (words, filter), scan, 256);

    /// <summary>The groups with the counts of a tally (indexed by group), leaving out empty ones.</summary>
    public IReadOnlyList<FacetGroup> Counted(int[] tally) => Counted(groups, tally);

    // Bounded: the keys are typed by the public.
    private static TValue Remember<TKey, TValue>(ConcurrentDictionary<TKey, TValue> memo, TKey key, TValue value, int limit)
        where TKey : notnull => memo.Count < limit ? memo.GetOrAdd(key, value) : value;

    private static FacetGroup[] Counted(FacetGroup[] groups, int[] tally) =>
        [.. groups.Select((g, i) => new FacetGroup { AgencyCode = g.AgencyCode, AgencyName = g.AgencyName, Category = g.Category, Year = g.Year, Count = tally[i] })
            .Where(g => g.Count > 0)];
}
