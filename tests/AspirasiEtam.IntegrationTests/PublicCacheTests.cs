using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Anonymous public reads come from the output cache, yet never show a state older than the last committed
/// change, and signed-in requests neither read from it nor fill it.
/// </summary>
public sealed class PublicCacheTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_cached_tracking_view_and_feed_change_as_soon_as_the_report_does()
    {
        var anonymous = portal.CreateClient();
        var citizen = portal.As(Roles.Citizen);
        var mainOffice = portal.As(Roles.MainOffice);
        var code = await SubmitAsync(citizen, "Drainase tersumbat di jalan pasar");

        Assert.Equal("Submitted", (await ReadAsync(anonymous, $"/api/aspirations/track/{code}", cached: false)).GetProperty("status").GetString());
        Assert.Equal("Submitted", (await ReadAsync(anonymous, $"/api/aspirations/track/{code}", cached: true)).GetProperty("status").GetString());
        var feed = await ReadAsync(anonymous, "/api/aspirations?pageSize=50", cached: false);
        Assert.DoesNotContain(feed.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString() == "Drainase tersumbat di jalan pasar");
        await ReadAsync(anonymous, "/api/aspirations?pageSize=50", cached: true);

        // A dispatch is a committed change of that report (it goes public): the next read is fresh, then cached again.
        var id = await mainOffice.InboxIdAsync(code, "Submitted");
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        await (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{id}/dispatch", new { agencyId = dinkes })).JsonAsync(HttpStatusCode.OK);
        var tracked = await ReadAsync(anonymous, $"/api/aspirations/track/{code}", cached: false);
        Assert.Equal("Dispatched", tracked.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(tracked.GetProperty("agencyName").GetString()));
        await ReadAsync(anonymous, $"/api/aspirations/track/{code}", cached: true);
        var fresh = await ReadAsync(anonymous, "/api/aspirations?pageSize=50", cached: false);
        Assert.Equal("Dispatched", fresh.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id).GetProperty("status").GetString());

        // A newly published report shows in the feed at once, though page 1 was cached a moment ago.
        await ReadAsync(anonymous, "/api/aspirations?pageSize=50", cached: true);
        await mainOffice.DispatchAsync(await mainOffice.InboxIdAsync(await SubmitAsync(citizen, "Lampu taman kota padam"), "Submitted"));
        var withNew = await ReadAsync(anonymous, "/api/aspirations?pageSize=50", cached: false);
        Assert.Equal("Lampu taman kota padam", withNew.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_tracking_page_is_cached_per_language_without_a_cookie_and_its_forms_still_work()
    {
        var citizen = portal.As(Roles.Citizen);
        var anonymous = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var mainOffice = portal.As(Roles.MainOffice);
        var code = await SubmitAsync(citizen, "Sampah menumpuk di pinggir sungai");
        var id = await mainOffice.InboxIdAsync(code, "Submitted");
        await mainOffice.DispatchAsync(id);
        (await portal.As(Roles.AgencyOfficer, await mainOffice.DispatchAgencyIdAsync("DINKES"))
            .PostAsJsonAsync($"/api/staff/aspirations/{id}/respond", new { text = "Sampah sudah diangkut truk DLH." })).EnsureSuccessStatusCode();

        // The first read fills the cache without setting any cookie (no antiforgery token); the second is served from it.
        var first = await anonymous.GetAsync($"/lacak/{code}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("__RequestVerificationToken", await first.Content.ReadAsStringAsync());
        Assert.Null(first.Headers.Age);
        var second = await anonymous.GetAsync($"/lacak/{code}");
        Assert.NotNull(second.Headers.Age);
        Assert.Contains("Sampah sudah diangkut truk DLH.", await second.Content.ReadAsStringAsync());

        // English is its own copy, not the Indonesian one.
        using var inEnglish = new HttpRequestMessage(HttpMethod.Get, $"/lacak/{code}");
        inEnglish.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var english = await anonymous.SendAsync(inEnglish);
        Assert.Null(english.Headers.Age);
        Assert.Contains("Rate the answer", await english.Content.ReadAsStringAsync());

        // The rating form posts without a token, authorised by the code; the page read after it is fresh.
        using var rating = new FormUrlEncodedContent(new Dictionary<string, string> { ["Stars"] = "4", ["Comment"] = "Cepat" });
        var rated = await anonymous.PostAsync($"/lacak/{code}?handler=Rate", rating);
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        var after = await anonymous.GetAsync($"/lacak/{code}");
        Assert.Null(after.Headers.Age);
        Assert.Contains("4/5", await after.Content.ReadAsStringAsync());
        // Without the code nothing can be posted: a wrong code is the 404 page.
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["Stars"] = "1" });
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsync("/lacak/ASP-2222-2222-22222?handler=Rate", forged)).StatusCode);
    }

    [Fact]
    public async Task Signed_in_requests_neither_read_from_nor_fill_the_cache()
    {
        var anonymous = portal.CreateClient();
        var citizen = portal.As(Roles.Citizen);
        await SubmitAsync(citizen, "Jembatan kayu lapuk di desa");

        // Filled by an anonymous read, not served to a signed-in one.
        await ReadAsync(anonymous, "/api/aspirations?pageSize=7", cached: false);
        await ReadAsync(anonymous, "/api/aspirations?pageSize=7", cached: true);
        await ReadAsync(citizen, "/api/aspirations?pageSize=7", cached: false);

        // A signed-in read of a page nobody asked for yet does not store it.
        await ReadAsync(citizen, "/api/aspirations?pageSize=9", cached: false);
        await ReadAsync(anonymous, "/api/aspirations?pageSize=9", cached: false);
    }

    [Fact]
    public async Task An_unknown_tracking_code_is_a_fresh_404_every_time()
    {
        var anonymous = portal.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            var response = await anonymous.GetAsync("/api/aspirations/track/ASP-2222-2222");
            await response.ProblemAsync(HttpStatusCode.NotFound);
            Assert.Null(response.Headers.Age);
        }
    }

    /// <summary>Reads a public resource and checks whether the output cache answered (it sets the Age header).</summary>
    private static async Task<JsonElement> ReadAsync(HttpClient client, string url, bool cached)
    {
        var response = await client.GetAsync(url);
        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.True(cached == response.Headers.Age.HasValue, $"{url} was {(cached ? "not " : string.Empty)}served from the cache");
        return body;
    }

    private static Task<string> SubmitAsync(HttpClient citizen, string title) =>
        citizen.SubmitAspirationAsync(new
        {
            kind = "complaint",
            title,
            description = "Sudah berminggu-minggu tidak ditangani dan mengganggu warga sekitar setiap hari.",
            categoryCode = "kesehatan",
            privacy = "anonymous",
        });
}
