using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace AspirasiEtam.Shared.Web;

/// <summary>Output-cache policies of the modules' public pages share this: a page is cached once per language.</summary>
public static class CachedPages
{
    public static OutputCachePolicyBuilder VaryByLanguage(this OutputCachePolicyBuilder policy) =>
        policy.VaryByValue(_ => new KeyValuePair<string, string>("lang", CultureInfo.CurrentUICulture.Name));
}
