namespace AspirasiEtam.Shared.Web;

/// <summary>Bound from the <c>Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>
    /// The public address of the portal, used in links sent by email. Configured, never taken from the request's
    /// Host header, so a forged header cannot point a password-reset link elsewhere.
    /// </summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:5080");

    /// <summary>
    /// Whether anonymous public reads that modules mark as cacheable (feed, tracking view, categories) are served
    /// from the in-process output cache. Off only to measure or debug the uncached path.
    /// </summary>
    public bool CachePublicResponses { get; set; } = true;

    /// <summary>Redirect HTTP to HTTPS and send HSTS (off in Development, where the portal runs on plain HTTP).</summary>
    public bool EnforceHttps { get; set; } = true;

    /// <summary>Who may read the OpenAPI document and its reference UI: Public, Admin (administrators only) or Off.</summary>
    public ApiReferenceAccess ApiReference { get; set; } = ApiReferenceAccess.Admin;

    /// <summary>
    /// The map tiles of public report pages, as a Leaflet URL template ({z}/{x}/{y}); its origin is allowed for images
    /// by the content-security policy. Empty turns maps off (the page then shows the coordinates and a map link).
    /// </summary>
    public string? MapTileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>The origin of <see cref="MapTileUrl"/> (scheme, host and port), or null when maps are off or the template is not an absolute URL.</summary>
    public string? MapTileOrigin =>
        !string.IsNullOrWhiteSpace(MapTileUrl) && Uri.TryCreate(MapTileUrl.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && uri.Scheme is "https" or "http"
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;

    public string Link(string pathAndQuery) => new Uri(BaseUrl, pathAndQuery).ToString();
}

public enum ApiReferenceAccess
{
    Public,
    Admin,
    Off,
}
