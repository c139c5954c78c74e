using System.Linq.Expressions;

namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>What the public sees (the feed, Open311, support): one definition for composed LINQ and compiled queries alike.</summary>
internal static class PublicFeed
{
    public static readonly Expression<Func<Submission, bool>> IsPublic = s => s.Feed == FeedVisibility.Public;

    public static IQueryable<Submission> Public(this IQueryable<Submission> submissions) => submissions.Where(IsPublic);
}
