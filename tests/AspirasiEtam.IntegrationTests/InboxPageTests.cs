using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>The staff inbox page: what each report is and how long it has, counts per status, and PPID Utama dispatching several at once.</summary>
public sealed class InboxPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Ppid_utama_sees_category_days_left_and_the_suggestion_and_dispatches_ticked_reports_together()
    {
        var citizen = portal.As(Roles.Citizen);
        var mainOffice = portal.As(Roles.MainOffice);
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add(await citizen.SubmitAspirationAsync(new
            {
                kind = "complaint", title = $"Puskesmas kekurangan obat nomor {i}", description = "Stok obat di puskesmas habis sejak awal bulan dan pasien disuruh membeli sendiri.",
                categoryCode = "kesehatan",
            }));
        }

        var ids = new List<Guid>();
        foreach (var code in codes)
        {
            ids.Add(await mainOffice.InboxIdAsync(code));
        }

        var page = await mainOffice.GetStringAsync("/staf/aspirasi?q=Puskesmas+kekurangan");
        Assert.Contains("Kesehatan", page);
        Assert.Contains("hari lagi", page);
        var suggested = (await (await mainOffice.GetAsync("/api/admin/aspirations/agencies")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(a => a.GetProperty("code").GetString() == "DINKES").GetProperty("shortName").GetString()!;
        Assert.Contains($"<td>{suggested}</td>", page);
        Assert.Matches("(?i)menunggu verifikasi: <strong>\\d+</strong>", page);

        // Without "I checked the public text" nothing goes; with it, the two ticked ones go and the third stays.
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var fields = new List<KeyValuePair<string, string>> { new("Ids", ids[0].ToString()), new("Ids", ids[1].ToString()), new("AgencyId", dinkes.ToString()) };
        var refused = await PostAsync(mainOffice, fields);
        Assert.Contains("Centang konfirmasi", PageForms.Message(refused));
        Assert.Equal("Submitted", await StatusAsync(mainOffice, ids[0]));

        fields.Add(new("Confirmed", "true"));
        Assert.Contains("2 laporan diteruskan", PageForms.Message(await PostAsync(mainOffice, fields)));
        Assert.Equal(["Dispatched", "Dispatched", "Submitted"], [await StatusAsync(mainOffice, ids[0]), await StatusAsync(mainOffice, ids[1]), await StatusAsync(mainOffice, ids[2])]);

        // The agency's officer counts only its own agency's reports, and cannot dispatch.
        var officer = portal.As(Roles.AgencyOfficer, dinkes);
        var agencyPage = await officer.GetStringAsync("/staf/aspirasi");
        Assert.Contains("Puskesmas kekurangan obat nomor 0", agencyPage);
        Assert.DoesNotContain("name=\"Ids\"", agencyPage);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync("/staf/aspirasi", new() { ["Ids"] = ids[2].ToString(), ["AgencyId"] = dinkes.ToString(), ["Confirmed"] = "true" }, handler: "Dispatch")).StatusCode);
    }

    [Fact]
    public async Task The_inbox_sorts_by_received_either_way_or_by_the_earliest_deadline_and_pages_in_that_order()
    {
        var citizen = portal.As(Roles.Citizen);
        var mainOffice = portal.As(Roles.MainOffice);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var ids = new List<Guid>();
        foreach (var letter in new[] { "A", "B", "C" })
        {
            var code = await citizen.SubmitAspirationAsync(new
            {
                kind = "complaint", title = $"Urutan uji laporan {letter}", description = "Laporan untuk menguji urutan kotak masuk petugas dari yang terlama sampai terbaru.",
                categoryCode = "kesehatan",
            });
            ids.Add(await mainOffice.InboxIdAsync(code));
            await mainOffice.DispatchAsync(ids[^1]);
        }

        // A takes longer: its target date, a month out, is its deadline now.
        var officer = portal.As(Roles.AgencyOfficer, dinkes);
        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{ids[0]}/target", new
        {
            date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), reason = "Perlu pengadaan obat lewat e-katalog.",
        })).EnsureSuccessStatusCode();

        Assert.Equal([ids[2], ids[1], ids[0]], await OrderAsync(officer, "newest"));
        Assert.Equal([ids[0], ids[1], ids[2]], await OrderAsync(officer, "oldest"));
        Assert.Equal([ids[1], ids[2], ids[0]], await OrderAsync(officer, "due"));

        // Page by page, one at a time, in deadline order.
        var paged = new List<Guid>();
        var query = "/api/staff/aspirations?sort=due&search=Urutan+uji&pageSize=1";
        for (var next = query; paged.Count < 3;)
        {
            var page = await (await officer.GetAsync(next)).JsonAsync(HttpStatusCode.OK);
            paged.Add(page.GetProperty("items")[0].GetProperty("id").GetGuid());
            next = $"{query}&before={Uri.EscapeDataString(page.GetProperty("nextBefore").GetDateTime().ToString("O"))}&beforeId={page.GetProperty("nextBeforeId").GetGuid()}";
        }

        Assert.Equal([ids[1], ids[2], ids[0]], paged);
        await (await officer.GetAsync("/api/staff/aspirations?sort=7")).ProblemAsync(HttpStatusCode.BadRequest);

        // The page offers the same orders.
        var html = await officer.GetStringAsync("/staf/aspirasi?sort=Due&q=Urutan+uji");
        Assert.Contains("<option value=\"Due\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("laporan B", StringComparison.Ordinal) < html.IndexOf("laporan A", StringComparison.Ordinal), "the page did not put the earliest deadline first");
    }

    private static async Task<List<Guid>> OrderAsync(HttpClient staff, string sort) =>
        [.. (await (await staff.GetAsync($"/api/staff/aspirations?sort={sort}&search=Urutan+uji")).JsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    private static async Task<string> PostAsync(HttpClient client, List<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync("/staf/aspirasi");
        using var form = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", PageForms.AntiforgeryTokenIn(html))]);
        var response = await client.PostAsync("/staf/aspirasi?handler=Dispatch", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> StatusAsync(HttpClient staff, Guid id) =>
        (await (await staff.GetAsync($"/api/staff/aspirations/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString()!;
}
