using System.Net;
using System.Net.Http.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Plants a reporter identity in an anonymous and a confidential report, then hunts for it in every public page,
/// public API answer, feed, tracking view and the handling agency's and another agency's views.
/// Only PPID Utama may see it — which the test also checks, so the plant is known to be there.
/// </summary>
public sealed class PrivacyHuntTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string PlantedName = "Zulkarnain Rahasiawan";
    private const string PlantedEmail = "zulkarnain.rahasia@example.id";
    private const string PlantedPhone = "0811-5550-1234";
    private const string ConfidentialTitle = "Dugaan pungutan liar di kantor layanan";
    private const string ConfidentialName = "Sulastri Terlindungi";
    private const string ConfidentialEmail = "sulastri.terlindungi@example.id";

    [Fact]
    public async Task A_planted_identity_appears_nowhere_but_in_PPID_Utamas_view()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var citizen = portal.As(Roles.Citizen);
        var anonymousCode = await SubmitAsync(citizen, "Sampah menumpuk di pasar induk kota", "anonymous", PlantedName, PlantedEmail);
        var confidentialCode = await SubmitAsync(citizen, ConfidentialTitle, "confidential", ConfidentialName, ConfidentialEmail);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var dishub = await mainOffice.DispatchAgencyIdAsync("DISHUB");
        var anonymousId = await mainOffice.InboxIdAsync(anonymousCode);
        var confidentialId = await mainOffice.InboxIdAsync(confidentialCode);
        (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{anonymousId}/dispatch", new { agencyId = dinkes })).EnsureSuccessStatusCode();
        (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{confidentialId}/dispatch", new { agencyId = dinkes })).EnsureSuccessStatusCode();

        // PPID Utama sees the identity of both: the plant is really there.
        var mainView = await (await mainOffice.GetAsync($"/api/staff/aspirations/{anonymousId}")).Content.ReadAsStringAsync();
        Assert.Contains(PlantedEmail, mainView);
        Assert.Contains(PlantedName, mainView);

        var visitor = portal.CreateClient();
        var officer = portal.As(Roles.AgencyOfficer, dinkes);
        var foreignOfficer = portal.As(Roles.AgencyOfficer, dishub);
        var supervisor = portal.As(Roles.Supervisor, dinkes);
        var places = new Dictionary<string, string>
        {
            ["home page"] = await visitor.GetStringAsync("/"),
            ["feed page"] = await visitor.GetStringAsync("/aspirasi"),
            ["feed API"] = await visitor.GetStringAsync("/api/aspirations?pageSize=100"),
            ["counts API"] = await visitor.GetStringAsync("/api/aspirations/counts"),
            ["tracking API (anonymous)"] = await visitor.GetStringAsync($"/api/aspirations/track/{anonymousCode}"),
            ["tracking page (anonymous)"] = await visitor.GetStringAsync($"/lacak/{anonymousCode}"),
            ["receipt (anonymous)"] = await visitor.GetStringAsync($"/lacak/{anonymousCode}/tanda-terima"),
            ["tracking API (confidential)"] = await visitor.GetStringAsync($"/api/aspirations/track/{confidentialCode}"),
            ["tracking page (confidential)"] = await visitor.GetStringAsync($"/lacak/{confidentialCode}"),
            ["agency inbox API"] = await officer.GetStringAsync("/api/staff/aspirations"),
            ["agency detail API (anonymous)"] = await officer.GetStringAsync($"/api/staff/aspirations/{anonymousId}"),
            ["agency handling page (anonymous)"] = await officer.GetStringAsync($"/staf/aspirasi/{anonymousId}"),
            ["agency inbox page"] = await officer.GetStringAsync("/staf/aspirasi"),
            ["supervisor overdue view"] = await supervisor.GetStringAsync("/api/staff/aspirations?overdue=true"),
            ["other agency inbox API"] = await foreignOfficer.GetStringAsync("/api/staff/aspirations"),
            ["other agency detail"] = await (await foreignOfficer.GetAsync($"/api/staff/aspirations/{anonymousId}")).Content.ReadAsStringAsync(),
            ["other agency handling page"] = await (await foreignOfficer.GetAsync($"/staf/aspirasi/{anonymousId}")).Content.ReadAsStringAsync(),
        };

        // The anonymous reporter is for PPID Utama only: not public, not even the handling agency.
        // The confidential reporter is never public and never seen by another agency.
        var handlingAgency = new[] { "agency inbox API", "agency detail API (anonymous)", "agency handling page (anonymous)", "agency inbox page", "supervisor overdue view" };
        foreach (var (place, content) in places)
        {
            string[] forbidden = handlingAgency.Contains(place)
                ? [PlantedName, PlantedEmail, "zulkarnain"]
                : [PlantedName, PlantedEmail, PlantedPhone, "zulkarnain", ConfidentialName, ConfidentialEmail, "sulastri"];
            foreach (var planted in forbidden)
            {
                Assert.False(content.Contains(planted, StringComparison.OrdinalIgnoreCase), $"{place} shows '{planted}'");
            }
        }

        // The anonymous report's identity fields are absent from the agency's answer, not just empty.
        Assert.DoesNotContain("\"reporter\"", places["agency detail API (anonymous)"], StringComparison.Ordinal);
        // The confidential report is not public at all, and the tracking code is never in the public feed.
        foreach (var place in new[] { "home page", "feed page", "feed API" })
        {
            Assert.DoesNotContain(ConfidentialTitle, places[place], StringComparison.Ordinal);
            Assert.DoesNotContain(anonymousCode, places[place], StringComparison.Ordinal);
        }

        // The handling agency does see a confidential (not anonymous) reporter, whom it may need to contact.
        Assert.Contains(ConfidentialEmail, await officer.GetStringAsync($"/api/staff/aspirations/{confidentialId}"));

        // No log line names a reporter or carries a tracking code (the reporter's credential), although mail went out.
        Assert.Contains(portal.SentMail(), m => m.To.ToString().Contains(PlantedEmail, StringComparison.Ordinal));
        var logs = portal.Logs.Lines;
        Assert.NotEmpty(logs);
        foreach (var planted in new[] { PlantedName, PlantedEmail, PlantedPhone, ConfidentialName, ConfidentialEmail, anonymousCode, confidentialCode })
        {
            Assert.False(logs.Any(l => l.Contains(planted, StringComparison.OrdinalIgnoreCase)), $"a log line carries '{planted}': {logs.FirstOrDefault(l => l.Contains(planted, StringComparison.OrdinalIgnoreCase))}");
        }
    }


    private static Task<string> SubmitAsync(HttpClient citizen, string title, string privacy, string name, string email) =>
        citizen.SubmitAspirationAsync(new
        {
            kind = "complaint",
            title,
            description = "Kejadian ini sudah berlangsung lama dan warga sekitar sangat dirugikan setiap hari.",
            categoryCode = "kesehatan",
            privacy,
            name,
            email,
            phone = PlantedPhone,
        });


}
