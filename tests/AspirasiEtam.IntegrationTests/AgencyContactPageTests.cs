using System.Net;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Officers fill their agency's contact from a page, and the directory nudges those that list none (issue 14 item 7):
/// a count beside "Kontak OPD" in their navigation until the public list can show a phone or an email.
/// </summary>
public sealed class AgencyContactPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_officer_is_nudged_until_their_agency_lists_a_contact_and_fills_it_from_the_page()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var dishub = await mainOffice.DispatchAgencyIdAsync("DISHUB");
        var officer = portal.As(Roles.AgencyOfficer, dinkes);

        var list = await officer.GetStringAsync("/staf/opd");
        Assert.Contains("Dinas Kesehatan", list, StringComparison.Ordinal);
        Assert.Contains("Belum ada kontak", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Dinas Perhubungan", list, StringComparison.Ordinal);
        Assert.Matches("href=\"/staf/opd\"[^>]*>Kontak OPD\\s*<span class=\"badge count\">1<", list);

        // Every error at once, nothing saved.
        var refused = await officer.PostFormAsync($"/staf/opd/{dinkes}", new() { ["Form.Email"] = "bukan-email", ["Form.Website"] = "dinkes.kaltimprov.go.id", ["Form.Phone"] = "0541-123456" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#Form_Email\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Form_Website\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("0541-123456", await portal.CreateClient().GetStringAsync("/opd?q=Dinas+Kesehatan"), StringComparison.Ordinal);

        var saved = await officer.PostFormAsync($"/staf/opd/{dinkes}", new() { ["Form.Phone"] = "0541-123456", ["Form.Email"] = "ppid@dinkes.kaltimprov.go.id" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("0541-123456", await portal.CreateClient().GetStringAsync("/opd?q=Dinas+Kesehatan"), StringComparison.Ordinal);
        Assert.Matches("href=\"/staf/opd\"[^>]*>Kontak OPD</a>", await officer.GetStringAsync("/staf/opd"));

        // Another agency's contact is not theirs to read or change.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staf/opd/{dishub}")).StatusCode);
        var ownPage = await officer.GetStringAsync($"/staf/opd/{dinkes}");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostFormAsync($"/staf/opd/{dishub}", ownPage, new() { ["Form.Phone"] = "0541-999" })).StatusCode);

        // PPID Utama sees every agency, those without a contact first.
        var all = await mainOffice.GetStringAsync("/staf/opd");
        Assert.Contains("Dinas Perhubungan", all, StringComparison.Ordinal);
        Assert.True(all.IndexOf("Belum ada kontak", StringComparison.Ordinal) < all.IndexOf("0541-123456", StringComparison.Ordinal), "agencies without a contact do not come first");
    }
}
