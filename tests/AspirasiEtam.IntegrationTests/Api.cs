using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>Small helpers for reading API answers in assertions.</summary>
internal static class Api
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return string.IsNullOrEmpty(body) ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a ProblemDetails answer (RFC 9457) with the status, and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync(expected);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        var text = problem.ToString();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return problem;
    }

    public static string[] FieldErrors(this JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body);

    /// <summary>A client of <paramref name="host"/> signed in (test scheme) with a role and, for agency staff, an agency.</summary>
    public static HttpClient As(this WebApplicationFactory<Program> host, string role, Guid? agency = null)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthentication.RolesHeader, role);
        if (agency is { } id)
        {
            client.DefaultRequestHeaders.Add(TestAuthentication.AgenciesHeader, id.ToString());
        }

        return client;
    }

    /// <summary>Submits a report through the API (answered 201) and returns its tracking code.</summary>
    public static async Task<string> SubmitAspirationAsync(this HttpClient client, object report) =>
        (await (await client.PostAsJsonAsync("/api/aspirations", report)).JsonAsync(HttpStatusCode.Created)).GetProperty("trackingCode").GetString()!;

    /// <summary>The id of the one report a staff inbox search by tracking code finds (optionally within a status).</summary>
    public static async Task<Guid> InboxIdAsync(this HttpClient staff, string trackingCode, string? status = null) =>
        (await (await staff.GetAsync($"/api/admin/aspirations/inbox?search={trackingCode}" + (status is null ? string.Empty : $"&status={status}"))).JsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();

    /// <summary>The id of the agency with <paramref name="code"/> once the PPID module learned it from the directory's events.</summary>
    public static Task<Guid> PpidAgencyIdAsync(this HttpClient staff, string code) =>
        Eventually.Until(
            async () => (await (await staff.GetAsync("/api/staff/ppid/agencies")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
                .Where(a => a.GetProperty("code").GetString() == code).Select(a => a.GetProperty("id").GetGuid()).FirstOrDefault(),
            id => id != Guid.Empty,
            what: $"the PPID module to learn {code}");

    /// <summary>PPID Utama verifies and dispatches a report to the agency with <paramref name="agencyCode"/> (a public one then goes public).</summary>
    public static async Task DispatchAsync(this HttpClient mainOffice, Guid reportId, string agencyCode = "DINKES") =>
        (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{reportId}/dispatch", new { agencyId = await mainOffice.DispatchAgencyIdAsync(agencyCode) })).EnsureSuccessStatusCode();

    /// <summary>An agency's id once the Aspirations module has learnt it from the directory's events.</summary>
    public static Task<Guid> DispatchAgencyIdAsync(this HttpClient admin, string code) =>
        Eventually.Until(
            async () => (await (await admin.GetAsync("/api/admin/aspirations/agencies")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
                .Where(a => a.GetProperty("code").GetString() == code).Select(a => a.GetProperty("id").GetGuid()).FirstOrDefault(),
            id => id != Guid.Empty,
            what: $"the Aspirations module to learn {code}");

    public static object NewAgency(string code, string name = "Dinas Uji Coba", string kind = "dinas", bool isMainOffice = false) => new
    {
        code,
        name,
        shortName = code,
        kind,
        address = "Jl. Gajah Mada No. 2, Samarinda",
        phone = "(0541) 123456",
        email = "ppid@example.go.id",
        website = "https://example.go.id",
        isMainOffice,
        categories = new[] { "uji-coba" },
    };
}
