using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>The directory's changes reach the Aspirations module through the outbox, the bus and its inbox.</summary>
public sealed class CrossModuleTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly HttpClient admin = portal.CreateClient(Roles.MainOffice);

    [Fact]
    public async Task The_aspirations_module_learns_every_seeded_agency()
    {
        var directory = await (await admin.GetAsync("/api/admin/agencies?pageSize=100")).JsonAsync(HttpStatusCode.OK);
        var seeded = directory.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("code").GetString()).ToList();
        Assert.True(seeded.Count >= 39);

        var agencies = await DispatchAgenciesAsync(
            includeInactive: true,
            until: list => seeded.All(code => list.EnumerateArray().Any(a => a.GetProperty("code").GetString() == code)));
        Assert.Contains(agencies.EnumerateArray(), a => a.GetProperty("code").GetString() == "DISKOMINFO");
    }

    [Fact]
    public async Task An_agency_update_and_deactivation_change_the_dispatch_choices()
    {
        var id = (await (await admin.PostAsJsonAsync("/api/admin/agencies", Api.NewAgency("XMOD-1", "Dinas Lintas Modul"))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await DispatchAgenciesAsync(includeInactive: false, until: list => Has(list, id, "Dinas Lintas Modul"));

        (await admin.PutAsJsonAsync($"/api/admin/agencies/{id}", new { name = "Dinas Lintas Modul Baru", shortName = "DLMB", kind = "dinas", categories = new[] { "transportasi" } }))
            .EnsureSuccessStatusCode();
        var updated = await DispatchAgenciesAsync(includeInactive: false, until: list => Has(list, id, "Dinas Lintas Modul Baru"));
        var agency = updated.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
        Assert.Equal("transportasi", agency.GetProperty("categories")[0].GetString());
        Assert.Equal(2, agency.GetProperty("version").GetInt32());

        (await admin.PostAsync($"/api/admin/agencies/{id}/deactivate", null)).EnsureSuccessStatusCode();
        await DispatchAgenciesAsync(includeInactive: false, until: list => list.EnumerateArray().All(a => a.GetProperty("id").GetGuid() != id));
        var all = await DispatchAgenciesAsync(includeInactive: true, until: list => list.EnumerateArray().Any(a => a.GetProperty("id").GetGuid() == id));
        Assert.False(all.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id).GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task Deactivating_an_agency_hands_its_open_reports_back_to_the_main_office()
    {
        var id = (await (await admin.PostAsJsonAsync("/api/admin/agencies", Api.NewAgency("XMOD-2", "Dinas Yang Dibubarkan"))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await admin.DispatchAgencyIdAsync("XMOD-2");
        var citizen = portal.As(Roles.Citizen);
        var report = new { kind = "complaint", title = "Lampu jalan mati", description = "Lampu jalan di depan pasar mati sejak sebulan yang lalu.", categoryCode = "jalan-jembatan" };
        var (following, answered) = (await citizen.SubmitAspirationAsync(report), await citizen.SubmitAspirationAsync(report));
        var (followingId, answeredId) = (await admin.InboxIdAsync(following), await admin.InboxIdAsync(answered));
        await admin.DispatchAsync(followingId, "XMOD-2");
        await admin.DispatchAsync(answeredId, "XMOD-2");
        var officer = portal.As(Roles.AgencyOfficer, id);
        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{followingId}/notes", new { text = "INTERNAL: petugas lapangan berangkat Senin." })).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{answeredId}/respond", new { text = "Lampu sudah diganti." })).EnsureSuccessStatusCode();

        (await admin.PostAsync($"/api/admin/agencies/{id}/deactivate", null)).EnsureSuccessStatusCode();

        // The report it was following goes back to PPID Utama, saying why; the agency's internal note stays with it.
        var back = await Eventually.Until(
            async () => await (await admin.GetAsync($"/api/staff/aspirations/{followingId}")).JsonAsync(HttpStatusCode.OK),
            r => r.GetProperty("status").GetString() == "Submitted",
            what: "the deactivation to return the agency's open report");
        Assert.Equal(JsonValueKind.Null, back.GetProperty("agencyId").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, back.GetProperty("dueAt").ValueKind);
        var tracked = await (await citizen.GetAsync($"/api/aspirations/track/{following}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Submitted", tracked.GetProperty("status").GetString());
        Assert.Contains("Dinas Yang Dibubarkan tidak lagi aktif", tracked.GetProperty("timeline").ToString());
        Assert.DoesNotContain("INTERNAL", tracked.GetProperty("timeline").ToString());
        Assert.Equal(followingId, await admin.InboxIdAsync(following, "Submitted"));

        // The answered one stays answered; reopened by its reporter, it goes to PPID Utama, not to the agency that is gone.
        Assert.Equal("Responded", (await (await citizen.GetAsync($"/api/aspirations/track/{answered}")).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        var reopened = await (await citizen.PostAsJsonAsync($"/api/aspirations/track/{answered}/reply", new { text = "Lampu mati lagi.", reopen = true })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Submitted", reopened.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, (await (await admin.GetAsync($"/api/staff/aspirations/{answeredId}")).JsonAsync(HttpStatusCode.OK)).GetProperty("agencyId").ValueKind);
    }

    private static bool Has(JsonElement list, Guid id, string name) =>
        list.EnumerateArray().Any(a => a.GetProperty("id").GetGuid() == id && a.GetProperty("name").GetString() == name);

    private Task<JsonElement> DispatchAgenciesAsync(bool includeInactive, Func<JsonElement, bool> until) =>
        Eventually.Until(
            async () => await (await admin.GetAsync($"/api/admin/aspirations/agencies?includeInactive={includeInactive}")).JsonAsync(HttpStatusCode.OK),
            until,
            what: "the Aspirations module's agency list");
}

/// <summary>The dispatch suggestion follows the directory: an agency that takes up a category is suggested for it.</summary>
public sealed class DispatchSuggestionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_agency_update_changes_which_agency_is_suggested_for_a_category()
    {
        var admin = portal.CreateClient(Roles.MainOffice);
        var created = await (await admin.PostAsJsonAsync("/api/admin/agencies", Api.NewAgency("SUGG-1", "Badan Saran Uji"))).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        (await admin.PutAsJsonAsync($"/api/admin/agencies/{id}", new { name = "Badan Saran Uji", shortName = "BSU", kind = "badan", categories = new[] { "lainnya" } }))
            .EnsureSuccessStatusCode();
        await Eventually.Until(
            async () => await (await admin.GetAsync("/api/admin/aspirations/agencies")).JsonAsync(HttpStatusCode.OK),
            list => list.EnumerateArray().Any(a => a.GetProperty("id").GetGuid() == id && a.GetProperty("categories").EnumerateArray().Any(c => c.GetString() == "lainnya")),
            what: "the new category to reach the Aspirations module");

        var code = await portal.CreateClient(Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "aspiration",
            title = "Usulan yang tidak masuk kategori lain",
            description = "Ini usulan umum untuk pemerintah provinsi yang tidak cocok dengan kategori yang tersedia.",
            categoryCode = "lainnya",
        });
        var inbox = await (await admin.GetAsync($"/api/admin/aspirations/inbox?search={code}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(id, inbox.GetProperty("items")[0].GetProperty("suggestedAgencyId").GetGuid());
    }
}
