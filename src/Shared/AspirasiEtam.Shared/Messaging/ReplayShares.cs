using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Shared.Messaging;

/// <summary>
/// How a source module tells its history to a module that asked (docs/adr/0015), one bounded share per message: up to
/// <see cref="PagesPerShare"/> pages from the cursor, each saved with its page message, then
/// <see cref="ReplayContinued"/> to itself for the next share — or <see cref="ReplayCompleted"/> at the end. The
/// last message leaves in the consumer's own save, with its inbox row, so a share is told once and a crash resumes
/// at the share it was telling (pages told twice change nothing: every reader applies them idempotently).
/// </summary>
public static class ReplayShares
{
    public const int PagesPerShare = 10;

    /// <summary>One page of a source's history after the cursor, or <c>null</c> when there is nothing after it.</summary>
    public sealed record Page(IIntegrationEvent Message, int Events, DateTime LastAt, Guid LastId);

    public static async Task TellAsync<TContext>(
        TContext context, string source, Guid replayId, string requester, (DateTime At, Guid Id)? after, int events,
        Func<(DateTime At, Guid Id)?, CancellationToken, Task<Page?>> nextPage, TimeProvider clock, CancellationToken cancellationToken)
        where TContext : DbContext, IModuleDbContext
    {
        for (var i = 0; i < PagesPerShare; i++)
        {
            // Nothing after the cursor — or a page that ends where the last one did (a cursor that cannot move would
            // tell the same item for ever): the history is told.
            if (await nextPage(after, cancellationToken) is not { } page || (page.LastAt, page.LastId) == after)
            {
                context.Publish(new ReplayCompleted(replayId, requester, source, events, clock.GetUtcNow()));
                return;
            }

            context.Publish(page.Message);
            events += page.Events;
            after = (page.LastAt, page.LastId);
            await context.SaveChangesAsync(cancellationToken);
            context.ChangeTracker.Clear();
        }

        context.Publish(new ReplayContinued(replayId, requester, source, after!.Value.At, after.Value.Id, events, clock.GetUtcNow()));
    }
}
