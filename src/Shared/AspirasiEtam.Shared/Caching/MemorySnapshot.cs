using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Shared.Caching;

/// <summary>
/// A value read from a module's database and kept in memory (ADR 0008), loaded in its own scope, one load at a time.
/// <see cref="Invalidate"/> — called once a commit changed its source — makes the next callers wait for a new load, so
/// they see what this process just saved. Once older than its maximum age (a change made by another instance on a
/// shared SQL Server) callers keep getting it while a new one loads in the background: no request waits for a reload.
/// </summary>
public sealed class MemorySnapshot<T>(TimeProvider clock, IServiceScopeFactory scopes, ILogger<MemorySnapshot<T>> logger, TimeSpan maxAge, Func<IServiceProvider, CancellationToken, Task<T>> load)
    where T : class
{
    private readonly Lock gate = new();
    private (DateTimeOffset LoadedAt, T Value)? current;
    private Task<T>? loading;
    private long version;

    public void Invalidate()
    {
        lock (gate)
        {
            version++;
            current = null;
        }
    }

    public Task<T> GetAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (current is { } cached && clock.GetUtcNow() - cached.LoadedAt < maxAge)
            {
                return Task.FromResult(cached.Value);
            }

            var loadingVersion = version;
            loading ??= Task.Run(() => LoadAsync(loadingVersion), CancellationToken.None);
            return current is { } stale ? Task.FromResult(stale.Value) : loading.WaitAsync(cancellationToken);
        }
    }

    private async Task<T> LoadAsync(long loadingVersion)
    {
        try
        {
            var loadedAt = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var value = await load(scope.ServiceProvider, CancellationToken.None);
            lock (gate)
            {
                // A change committed while this loaded may be missing from it: it answers the callers that waited,
                // but the next caller loads again.
                if (version == loadingVersion)
                {
                    current = (loadedAt, value);
                }
            }

            return value;
        }
        catch (Exception ex)
        {
            // The callers waiting for this load get the error; those served the older value would not hear of it.
            logger.LogWarning(ex, "An in-memory copy of {Type} could not be loaded", typeof(T).Name);
            throw;
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

public static class MemorySnapshotRegistration
{
    /// <summary>Registers a <see cref="MemorySnapshot{T}"/> of what <paramref name="load"/> reads (with a scope's services), at most <paramref name="maxAge"/> old.</summary>
    public static IServiceCollection AddMemorySnapshot<T>(this IServiceCollection services, TimeSpan maxAge, Func<IServiceProvider, CancellationToken, Task<T>> load)
        where T : class =>
        services.AddSingleton(sp => new MemorySnapshot<T>(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ILogger<MemorySnapshot<T>>>(), maxAge, load));
}
