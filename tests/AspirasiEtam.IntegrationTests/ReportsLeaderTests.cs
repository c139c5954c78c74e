using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// The Reports module beyond the aspirations' card (issue 15): information requests and objections on the cards
/// (equal to a direct count over the PPID module's tables), quarters and the open data, PPID Utama's live dashboard,
/// and the leader's report as a page, in the API and by email on the first working day — none of them with a
/// reporter's or an applicant's identity.
/// </summary>
public sealed class ReportsLeaderTests
{
    private const string PlantedName = "Pelapor Rahasia Pimpinan";

    // Monday 30 November 2026, 10:00 WITA: the work happens in November; the report goes out on the first working day of
    // December (Wednesday the 2nd, once the 1st is declared a holiday).
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Requests_dashboard_leader_report_and_its_mail_count_right_and_name_nobody()
    {
        await using var portal = new PortalFactory();
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var mainOffice = host.As(Roles.MainOffice);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var ppidDinkes = await mainOffice.PpidAgencyIdAsync("DINKES");
        var officer = host.As(Roles.AgencyOfficer, dinkes);

        // A supervisor (agency head) of DINKES with a real account, so the monthly report has somewhere to go.
        const string headEmail = "kepala.dinkes@demo.kaltimprov.go.id";
        (await host.As(Roles.SuperAdmin).PostAsJsonAsync("/api/admin/staff", new
        {
            email = headEmail, fullName = "Kepala Dinas Kesehatan", roles = new[] { Roles.Supervisor }, agencyIds = new[] { dinkes }, provinceWide = false,
        })).EnsureSuccessStatusCode();

        // Three reports: one waits for verification, two go to DINKES and one of those is answered.
        var codes = new List<string>();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add(await host.As(Roles.Citizen).SubmitAspirationAsync(new
            {
                kind = "complaint", title = $"Obat di puskesmas sering habis nomor {i}", categoryCode = "kesehatan", name = PlantedName,
                description = "Obat untuk penyakit kronis sering kosong di puskesmas sehingga warga harus membeli sendiri di apotek.",
            }));
            ids.Add(await mainOffice.InboxIdAsync(codes[^1]));
        }

        await mainOffice.DispatchAsync(ids[1]);
        await mainOffice.DispatchAsync(ids[2]);
        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{ids[2]}/respond", new { text = "Stok obat ditambah mulai minggu depan." })).EnsureSuccessStatusCode();

        // Two requests for information to DINKES: one granted, then objected to.
        var anonymous = host.CreateClient();
        var receipts = new List<JsonElement>();
        for (var i = 0; i < 2; i++)
        {
            receipts.Add(await (await anonymous.PostAsync("/api/ppid/requests", InformationRequestTests.Form(
                InformationRequestTests.Fields(ppidDinkes, "pemohon.kinerja@example.id"), ($"KTP {PlantedName}.jpg", PlantedFiles.Jpeg(PlantedName))))).JsonAsync(HttpStatusCode.Created));
        }

        var ppidOfficer = host.As(Roles.AgencyOfficer, ppidDinkes);
        (await ppidOfficer.PostAsJsonAsync($"/api/staff/ppid/requests/{receipts[0].GetProperty("id").GetGuid()}/decide", new { outcome = "granted", text = "Data diberikan." })).EnsureSuccessStatusCode();
        (await anonymous.PostAsJsonAsync("/api/ppid/requests/objections", new
        {
            number = receipts[0].GetProperty("number").GetString(), code = receipts[0].GetProperty("accessCode").GetString(), ground = "35d", reasons = "Tidak sesuai permintaan.",
        })).EnsureSuccessStatusCode();

        // The card: requests and objections equal a direct count over the PPID module's own tables.
        var url = "/api/reports/aspirations?year=2026&month=11";
        var cards = await Eventually.Until(
            async () => await (await host.CreateClient().GetAsync(url)).JsonAsync(HttpStatusCode.OK),
            c => Card(c, "DINKES").GetProperty("requests").GetProperty("objections").GetInt32() == 1 && Card(c, "DINKES").GetProperty("answered").GetInt32() == 1,
            what: "the request figures");
        var requests = Card(cards, "DINKES").GetProperty("requests");
        var ppid = portal.DatabaseFile("ppid");
        var agency = ppidDinkes.ToString().ToUpperInvariant();
        Assert.Equal(PortalFactory.Scalar<long>(ppid, $"SELECT COUNT(*) FROM Requests WHERE AgencyId = '{agency}'"), requests.GetProperty("received").GetInt32());
        Assert.Equal(PortalFactory.Scalar<long>(ppid, $"SELECT COUNT(*) FROM Requests WHERE AgencyId = '{agency}' AND DecidedAt IS NOT NULL"), requests.GetProperty("decided").GetInt32());
        Assert.Equal(PortalFactory.Scalar<long>(ppid, $"SELECT COUNT(*) FROM Objections WHERE AgencyId = '{agency}'"), requests.GetProperty("objections").GetInt32());
        Assert.Equal(1, requests.GetProperty("granted").GetInt32());
        Assert.Equal(100.0, requests.GetProperty("onTimePercent").GetDouble());

        // A quarter adds its months up; a month and a quarter together is refused.
        var quarter = await (await host.CreateClient().GetAsync("/api/reports/aspirations?year=2026&quarter=4")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(Card(cards, "DINKES").GetRawText(), Card(quarter, "DINKES").GetRawText());
        await (await host.CreateClient().GetAsync("/api/reports/aspirations?year=2026&quarter=4&month=11")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await host.CreateClient().GetAsync("/api/reports/aspirations?year=2026&quarter=5")).ProblemAsync(HttpStatusCode.BadRequest);

        // Open data: the same figures under the versioned schema, which is served and names every field.
        var open = await (await host.CreateClient().GetAsync("/api/reports/open-data?year=2026&month=11")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("1.1", open.GetProperty("schemaVersion").GetString());
        Assert.Equal("2026-11", open.GetProperty("period").GetProperty("code").GetString());
        var dinkesOpen = open.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "DINKES").GetProperty("figures");
        Assert.Equal(requests.GetProperty("received").GetInt32(), dinkesOpen.GetProperty("informationRequests").GetProperty("received").GetInt32());
        Assert.Equal(1, dinkesOpen.GetProperty("aspirations").GetProperty("answered").GetInt32());
        var schemaResponse = await host.CreateClient().GetAsync(open.GetProperty("$schema").GetString());
        Assert.Equal("application/schema+json", schemaResponse.Content.Headers.ContentType?.MediaType);
        var schema = JsonDocument.Parse(await schemaResponse.Content.ReadAsStringAsync()).RootElement;
        var aspirationFields = schema.GetProperty("$defs").GetProperty("figures").GetProperty("properties").GetProperty("aspirations").GetProperty("properties");
        Assert.All(dinkesOpen.GetProperty("aspirations").EnumerateObject(), field => Assert.True(aspirationFields.TryGetProperty(field.Name, out _), field.Name));

        // The dashboard: PPID Utama sees one waiting, DINKES following up one and one answered; officers may not look.
        var dashboard = await Eventually.Until(
            async () => await (await mainOffice.GetAsync("/api/staff/reports/dashboard")).JsonAsync(HttpStatusCode.OK),
            d => d.GetProperty("waitingForVerification").GetInt32() == 1 && Row(d, "DINKES").GetProperty("answered").GetInt32() == 1,
            what: "the dashboard to show the live state");
        Assert.Equal(1, Row(dashboard, "DINKES").GetProperty("withAgency").GetInt32());
        Assert.Equal(1, Row(dashboard, "DINKES").GetProperty("openRequests").GetInt32());
        Assert.Equal(0, Row(dashboard, "DINKES").GetProperty("overdue").GetInt32());
        await (await officer.GetAsync("/api/staff/reports/dashboard")).ProblemAsync(HttpStatusCode.Forbidden);
        var dashboardPage = await mainOffice.GetStringAsync("/staf/kinerja");
        Assert.Contains("Dinas Kesehatan", dashboardPage, StringComparison.Ordinal);

        // The leader's report: the agency's own staff and PPID Utama see it, another agency's staff get 404.
        var reportNumber = PortalFactory.Scalar<string>(portal.DatabaseFile("aspirations"), $"SELECT ReportNumber FROM Submissions WHERE Id = '{ids[1].ToString().ToUpperInvariant()}'");
        var leader = await (await officer.GetAsync("/api/staff/reports/agencies/DINKES/leader-report?year=2026&month=11")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(reportNumber, Assert.Single(leader.GetProperty("oldest").EnumerateArray()).GetProperty("reportNumber").GetString());
        Assert.Equal(1, leader.GetProperty("figures").GetProperty("answered").GetInt32());
        var dishub = await mainOffice.DispatchAgencyIdAsync("DISHUB");
        await (await host.As(Roles.AgencyOfficer, dishub).GetAsync("/api/staff/reports/agencies/DINKES/leader-report?year=2026&month=11")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await host.As(Roles.Supervisor, dishub).GetAsync("/staf/kinerja/DINKES")).StatusCode);
        var printable = await mainOffice.GetStringAsync("/staf/kinerja/DINKES?tahun=2026&bulan=11");
        Assert.Contains(reportNumber, printable, StringComparison.Ordinal);

        // The monthly mail goes out on the month's first working day. Tuesday 1 December is declared a holiday (the
        // admins' calendar, which the Reports module follows by events): nothing that day; Wednesday 2 December,
        // 08:00 WITA — the head of DINKES gets November's report, once.
        await Eventually.Until(
            () => Task.FromResult(PortalFactory.Scalar<long>(portal.DatabaseFile("reports"), $"SELECT COUNT(*) FROM Recipients WHERE Email = '{headEmail}'")),
            n => n == 1, what: "the Reports module to learn of the agency head");
        bool IsLeaderMail(MimeKit.MimeMessage m) => m.To.ToString().Contains(headEmail, StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains("November 2026", StringComparison.Ordinal);
        await (await mainOffice.PostAsJsonAsync("/api/admin/holidays", new { date = "2026-12-01", kind = "collective_leave", nameId = "Cuti bersama uji", nameEn = "Test collective leave" }))
            .JsonAsync(HttpStatusCode.Created);
        await Eventually.Until(
            () => Task.FromResult(PortalFactory.Scalar<long>(portal.DatabaseFile("reports"), "SELECT COUNT(*) FROM Holidays WHERE Date = '2026-12-01'")),
            n => n == 1, what: "the Reports module to learn of the holiday");
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        for (var i = 0; i < 4; i++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            await Task.Delay(250);
        }

        Assert.DoesNotContain(portal.SentMail(), IsLeaderMail);
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));
        var mail = await Eventually.Until(
            () => Task.FromResult(portal.SentMail().Where(m => m.To.ToString().Contains(headEmail, StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains("November 2026", StringComparison.Ordinal)).ToList()),
            m => m.Count > 0, what: "the leader's report by email");
        var text = Assert.Single(mail).TextBody;
        Assert.Contains("Dinas Kesehatan", text, StringComparison.Ordinal);
        Assert.Contains(reportNumber, text, StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromHours(2));
        await Task.Delay(500);
        Assert.Single(portal.SentMail(), m => m.To.ToString().Contains(headEmail, StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains("November 2026", StringComparison.Ordinal));

        // Privacy: no reporter, applicant or tracking code on any of it, nor in the log.
        var everything = string.Join('\n', cards.GetRawText(), open.GetRawText(), dashboard.GetRawText(), leader.GetRawText(), dashboardPage, printable, text,
            await host.CreateClient().GetStringAsync("/kinerja?tahun=2026&bulan=11"), await host.CreateClient().GetStringAsync("/api/reports/aspirations.csv?year=2026&month=11"));
        Assert.DoesNotContain(PlantedName, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("6472011234567890", everything, StringComparison.Ordinal);
        Assert.All(codes, code => Assert.DoesNotContain(code, everything, StringComparison.Ordinal));
        Assert.All(receipts, r => Assert.DoesNotContain(r.GetProperty("accessCode").GetString()!, everything, StringComparison.Ordinal));
        Assert.DoesNotContain(portal.Logs.Lines, line => line.Contains(PlantedName, StringComparison.Ordinal) || codes.Any(code => line.Contains(code, StringComparison.Ordinal)));

        // Later, the report still with DINKES is past its follow-up clock (5 working days from 30 November).
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 12, 2, 0, 0, TimeSpan.Zero));
        var late = await (await mainOffice.GetAsync("/api/staff/reports/dashboard")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, Row(late, "DINKES").GetProperty("overdue").GetInt32());
        Assert.Equal(1, late.GetProperty("overdue").GetInt32());
    }

    private static JsonElement Card(JsonElement cards, string code) =>
        cards.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("code").GetString() == code).GetProperty("figures");

    private static JsonElement Row(JsonElement dashboard, string code) =>
        dashboard.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("code").GetString() == code);
}
