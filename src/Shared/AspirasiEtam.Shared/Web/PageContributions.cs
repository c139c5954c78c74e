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
/// A block a module adds to the home page: a partial view of the module, and how to load its model.
/// The host renders the sections in order and knows nothing of what they show.
/// </summary>
public sealed record HomeSection(int Order, string PartialName, Func<IServiceProvider, CancellationToken, Task<object?>> LoadModel);
