using System.Net;
using System.Text;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Forms the server cannot read — a value past the reader's 4 MiB, more than 1,024 fields, a multipart body cut
/// short — are the client's fault: 400/413 ProblemDetails from the API, the site's error page from a page form,
/// never a 500 and never a stack trace. (Open311's plain flood of fields is in Open311Tests.)
/// </summary>
public sealed class MalformedFormTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Open311 = "/open311/v2/requests.json";
    private const string SubmitPage = "/aspirasi/baru";

    [Fact]
    public async Task An_open311_value_over_4_MiB_is_refused_as_the_clients_error()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = "kebencanaan",
            ["description"] = new string('a', (4 * 1024 * 1024) + 1),
        });

        var response = await portal.CreateClient().PostAsync(Open311, form);

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task An_open311_multipart_body_cut_short_is_the_clients_error()
    {
        var response = await portal.CreateClient().PostAsync(Open311, TruncatedMultipart(("service_code", "kebencanaan"), ("description", "Tanggul sungai retak.")));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task A_submit_page_multipart_body_cut_short_shows_the_error_page()
    {
        var client = portal.CreateClient();
        var token = await AntiforgeryTokenAsync(client);

        var response = await client.PostAsync(SubmitPage, TruncatedMultipart(("__RequestVerificationToken", token), ("Form.Title", "Jalan berlubang di depan sekolah")));

        await AssertErrorPageAsync(response);
    }

    [Fact]
    public async Task A_submit_page_form_with_more_than_1024_fields_shows_the_error_page()
    {
        var client = portal.CreateClient();
        var token = await AntiforgeryTokenAsync(client);
        var fields = Enumerable.Range(0, 1100).Select(i => new KeyValuePair<string, string>($"f{i}", "x")).Prepend(new("__RequestVerificationToken", token));

        var response = await client.PostAsync(SubmitPage, new FormUrlEncodedContent(fields));

        await AssertErrorPageAsync(response);
    }

    /// <summary>A multipart body whose last part never ends (no closing boundary), sent with its true length.</summary>
    private static ByteArrayContent TruncatedMultipart(params (string Name, string Value)[] fields)
    {
        const string boundary = "----batas-formulir";
        var body = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            body.Append($"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        }

        body.Append($"--{boundary}\r\nContent-Disposition: form-data; name=\"Form.Description\"\r\n\r\nSetengah kalimat yang terpot");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToString()));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        return content;
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var token = PageForms.AntiforgeryTokenIn(await client.GetStringAsync(SubmitPage));
        Assert.NotEmpty(token);
        return token;
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        var status = response.StatusCode;
        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"answered {(int)status}: {await response.Content.ReadAsStringAsync()}");
        await response.ProblemAsync(status);
    }

    private static async Task AssertErrorPageAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"{(int)response.StatusCode}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }
}
