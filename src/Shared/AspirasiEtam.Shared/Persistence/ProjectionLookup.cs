using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// For consumers keeping a module's local copy of another module's data (agencies, say): find a row by id,
/// or add it; or insist it exists.
/// </summary>
public static class ProjectionLookup
{
    public static async Task<T> FindOrAddAsync<T>(this DbSet<T> set, Guid id, Func<Guid, T> create, CancellationToken cancellationToken)
        where T : class
    {
        var row = await set.FindAsync([id], cancellationToken);
        if (row is null)
        {
            row = create(id);
            set.Add(row);
        }

        return row;
    }

    /// <summary>
    /// A change to a row not seen yet means the message that creates it is still on the way: failing lets the
    /// bus retry this one after it arrived.
    /// </summary>
    public static async Task<T> FindKnownAsync<T>(this DbSet<T> set, Guid id, CancellationToken cancellationToken)
        where T : class =>
        await set.FindAsync([id], cancellationToken)
        ?? throw new InvalidOperationException($"{typeof(T).Name} {id} is not known to this module yet.");
}
