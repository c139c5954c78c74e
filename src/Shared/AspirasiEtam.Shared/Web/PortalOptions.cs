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

    public string Link(string pathAndQuery) => new Uri(BaseUrl, pathAndQuery).ToString();
}
