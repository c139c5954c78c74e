using Microsoft.AspNetCore.OutputCaching;

namespace AspirasiEtam.Modules.Reports.Caching;

/// <summary>
/// The public figures (pages, JSON, exports, open data) kept as finished responses in the host's output cache, for
/// anonymous readers only (the default policy), per address and language. The figure refresher evicts them each
/// time it has saved new figures; the expiry only bounds how late another instance's figures show.
/// </summary>
internal static class ReportsCache
{
    public const string Policy = "reports:public";

    public const string Tag = "reports:figures";

    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(10);

    public static void AddPolicies(OutputCacheOptions options) =>
        options.AddPolicy(Policy, p => p.Expire(Expiry).SetVaryByQuery("*").VaryByLanguage().Tag(Tag));
}
