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

    public string Link(string pathAndQuery) => new Uri(BaseUrl, pathAndQuery).ToString();
}

public enum ApiReferenceAccess
{
    Public,
    Admin,
    Off,
}
