using Microsoft.AspNetCore.Http;

namespace AspirasiEtam.Shared.Web;

/// <summary>Which requests are API calls: they get ProblemDetails and status codes, never HTML pages or sign-in redirects.</summary>
public static class ApiRequests
{
    public static bool IsApi(this HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/open311");
}
