using System.Net;
using System.Text.RegularExpressions;

namespace AspirasiEtam.IntegrationTests;

/// <summary>Posts the portal's Razor Pages forms as a browser does (the antiforgery token read from the page first), and reads their messages.</summary>
internal static partial class PageForms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, Dictionary<string, string> fields, string? handler = null) =>
        await client.PostFormAsync(page, await client.GetStringAsync(page), fields, handler);

    /// <summary>Posts the form of a page already read (<paramref name="html"/>), when what it showed matters.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string html, Dictionary<string, string> fields, string? handler = null)
    {
        fields["__RequestVerificationToken"] = AntiforgeryTokenIn(html);
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(handler is null ? page : $"{page}?handler={handler}", form);
    }

    /// <summary>The antiforgery token of the form on a page already read, for posts a dictionary cannot express.</summary>
    public static string AntiforgeryTokenIn(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    /// <summary>Signs a client in on the web, with the second step when the account has two-factor on.</summary>
    public static async Task SignInOnTheWebAsync(this HttpClient client, string email, string password, string? twoFactorCode = null)
    {
        var response = await client.PostFormAsync("/masuk", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (twoFactorCode is not null)
        {
            response = await client.PostFormAsync(response.Headers.Location!.OriginalString, new() { ["Code"] = twoFactorCode });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal("/masuk/tujuan", response.Headers.Location!.OriginalString);
    }

    /// <summary>The notice or error a page shows (its status or alert text), without the markup.</summary>
    public static string Message(string html) =>
        string.Join(" | ", Notice().Matches(html).Select(m => Tag().Replace(m.Groups[1].Value, string.Empty).Trim()).Where(m => m.Length > 0));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("role=\"(?:status|alert)\"[^>]*>(.*?)</(?:p|div)>", RegexOptions.Singleline)]
    private static partial Regex Notice();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
