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
