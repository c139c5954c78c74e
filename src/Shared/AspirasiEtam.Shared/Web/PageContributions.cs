namespace AspirasiEtam.Shared.Web;

/// <summary>Who sees a navigation link.</summary>
public enum NavigationAudience
{
    Everyone,
    Anonymous,
    SignedIn,

    /// <summary>Those the link's authorization policy admits.</summary>
    Policy,
}

/// <summary>A link a module adds to the site navigation.</summary>
public sealed record NavigationLink(
    int Order,
    string Indonesian,
    string English,
    string Href,
    NavigationAudience Audience = NavigationAudience.Everyone,
    string? Policy = null);

/// <summary>
/// A count a module shows beside one of its navigation links (<see cref="Href"/>) for the signed-in user — unread
/// notices, say. Resolved per request; asked only when the link is shown, so one small query on staff pages.
/// </summary>
public interface INavigationBadge
{
    string Href { get; }

    ValueTask<int> CountAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Where a user lands after signing in when no page asked for it: the first, by <see cref="Order"/>, whose policy
/// the user meets (a citizen on their reports, staff on their inbox); the account page when none does.
/// </summary>
public sealed record LandingPage(int Order, string Href, string Policy);

/// <summary>
/// A block a module adds to the home page: a partial view of the module, and how to load its model.
/// The host renders the sections in order and knows nothing of what they show.
/// </summary>
public sealed record HomeSection(int Order, string PartialName, Func<IServiceProvider, CancellationToken, Task<object?>> LoadModel);

/// <summary>A notice a module shows at the top of every page until it expires (a serta merta announcement, say).</summary>
public sealed record SiteBanner(string Title, string Text, string Href, DateTimeOffset Until);

/// <summary>
/// A module's source of site banners: the layout asks every source on each page and shows what they return, so a
/// source answers from memory (refreshed now and then, dropped when its data changes), never with a query per page.
/// </summary>
public interface ISiteBannerSource
{
    ValueTask<IReadOnlyList<SiteBanner>> CurrentAsync(CancellationToken cancellationToken);
}
