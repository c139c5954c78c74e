using System.Net;
using System.Net.Http.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>Each public report has a page: where it is on its way, the agency's answer, supports, the map — and nothing of its reporter.</summary>
public sealed class PublicReportPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_public_report_has_a_page_with_its_answer_and_nothing_of_its_reporter()
    {
        var citizen = portal.As(Roles.Citizen);
        var mainOffice = portal.As(Roles.MainOffice);
        var code = await citizen.SubmitAspirationAsync(Report(confidential: false));
        var id = await mainOffice.InboxIdAsync(code);
        await mainOffice.DispatchAsync(id);
        var officer = portal.As(Roles.AgencyOfficer, await mainOffice.DispatchAgencyIdAsync("DINKES"));
        // The officer greets the reporter by name and repeats the contact, as officers do.
        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/respond", new
        {
            text = "Bapak Wiryo Planted Santosa, jalan sudah ditambal. Hubungi kami di 0812 7777 0001 atau WIRYO.PLANTED@example.id bila rusak lagi.",
        })).EnsureSuccessStatusCode();

        var anonymous = portal.CreateClient();
        Assert.Contains($"href=\"/aspirasi/{id}\"", await anonymous.GetStringAsync("/aspirasi"));
        var response = await anonymous.GetAsync($"/aspirasi/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("jalan sudah ditambal", page);
        Assert.Contains("aria-current=\"step\">Dijawab", page);
        Assert.Contains("data-lat=\"-0.5021\" data-lng=\"117.1536\"", page);
        Assert.Contains("img-src 'self' data: https://tile.openstreetmap.org;", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("Masuk untuk mendukung", page);
        var json = await (await anonymous.GetAsync($"/api/aspirations/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("jalan sudah ditambal", json.GetProperty("answer").GetProperty("text").GetString());
        foreach (var planted in new[] { "Wiryo", "Planted", "Santosa", "example.id", "7777", "0001", "Depan rumah", code })
        {
            Assert.DoesNotContain(planted, page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(planted, json.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        // A guest's second read comes from the cache (no form, no cookie); a signed-in citizen gets the support button.
        Assert.NotNull((await anonymous.GetAsync($"/aspirasi/{id}")).Headers.Age);
        Assert.Contains("Dukung laporan ini", await citizen.GetStringAsync($"/aspirasi/{id}"));
    }

    [Fact]
    public async Task A_confidential_or_unverified_report_has_no_public_page()
    {
        var citizen = portal.As(Roles.Citizen);
        var mainOffice = portal.As(Roles.MainOffice);
        var confidential = await mainOffice.InboxIdAsync(await citizen.SubmitAspirationAsync(Report(confidential: true)));
        await mainOffice.DispatchAsync(confidential);
        var unverified = await mainOffice.InboxIdAsync(await citizen.SubmitAspirationAsync(Report(confidential: false)));

        var anonymous = portal.CreateClient();
        foreach (var id in new[] { confidential, unverified, Guid.NewGuid() })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/aspirasi/{id}")).StatusCode);
            await (await anonymous.GetAsync($"/api/aspirations/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        }
    }

    private static object Report(bool confidential) => new
    {
        kind = "complaint",
        title = "Jalan rusak parah di Jalan Juanda",
        description = "Aspal terkelupas sepanjang dua ratus meter dan membahayakan pengendara motor di malam hari.",
        categoryCode = "jalan-jembatan",
        regency = "Kota Samarinda",
        locationText = "Depan rumah Bapak Wiryo Planted",
        latitude = -0.5021,
        longitude = 117.1536,
        confidential,
        name = "Wiryo Planted Santosa",
        email = "wiryo.planted@example.id",
        phone = "0812-7777-0001",
    };
}
