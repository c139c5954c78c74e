using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.Aspirations.Caching;

/// <summary>
/// The module's anonymous public reads kept as finished responses (the host's output cache). Only anonymous
/// requests are cached or served from it, and these responses carry no personal data by construction.
/// <see cref="AspirationsChangeWatcher"/> evicts them as soon as a change is committed; the expiry
/// only bounds how late another instance's change shows when several hosts share one database.
/// </summary>
internal static class PublicCache
{
    public const string FeedTag = "aspirations:feed";
    public const string ReferenceTag = "aspirations:reference";

    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(10);

    /// <summary>The output cache policy of the tracking page (HTML): per code and language, evicted with the tracking view.</summary>
    public const string TrackingPagePolicy = "aspirations:tracking-page";

    /// <summary>The output cache policy of a public report's page (HTML): per address and language, evicted with the feed.</summary>
    public const string PublicPagePolicy = "aspirations:public-page";

    public static string TrackingTag(string trackingCode) => "aspirations:track:" + trackingCode;

    /// <summary>
    /// The tracking page keeps no antiforgery token (its forms are authorised by the code in the address, as the API
    /// is), so anonymous holders of the code share one cached copy per language; the code's tag evicts it on a change.
    /// </summary>
    public static void AddPagePolicies(OutputCacheOptions options)
    {
        options.AddPolicy(TrackingPagePolicy, p => p.Expire(Expiry).SetVaryByQuery("*").VaryByLanguage()
            .With(context => TagWithTrackingCode(context, "code")));
        options.AddPolicy(PublicPagePolicy, p => p.Expire(Expiry).SetVaryByQuery("*").VaryByLanguage().Tag(FeedTag));
    }

    /// <summary>Feed pages and counts, per query string; evicted by any change of a submission.</summary>
    public static RouteHandlerBuilder CachedAsFeed(this RouteHandlerBuilder endpoint) =>
        endpoint.CacheOutput(p => p.Expire(Expiry).SetVaryByQuery("*").Tag(FeedTag));

    /// <summary>Categories: evicted when the reference data changes.</summary>
    public static RouteHandlerBuilder CachedAsReference(this RouteHandlerBuilder endpoint) =>
        endpoint.CacheOutput(p => p.Expire(Expiry).Tag(ReferenceTag));

    /// <summary>The tracking view of one report; evicted when that report changes.</summary>
    public static RouteHandlerBuilder CachedAsTrackingView(this RouteHandlerBuilder endpoint) =>
        endpoint.CacheOutput(p => p.Expire(Expiry).SetVaryByQuery("*").With(context => TagWithTrackingCode(context, "trackingCode")));

    private static bool TagWithTrackingCode(OutputCacheContext context, string routeKey)
    {
        // Only a well-formed code is cached (under its normal form); anything else is answered afresh.
        if (TrackingCode.Normalize(context.HttpContext.Request.RouteValues[routeKey] as string) is not { } code)
        {
            return false;
        }

        context.Tags.Add(TrackingTag(code));
        return true;
    }
}
