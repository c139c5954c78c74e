using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// The whole workflow through HTTP on a controllable clock, across a weekend, Christmas collective leave and a
/// holiday added by an admin: intake, confirmation, dispatch, follow-up, response, reply, rating, closing.
/// </summary>
public sealed class AspirationWorkflowTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    // Friday 18 December 2026, 09:00 WITA.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 18, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_guest_report_goes_from_intake_to_closing_on_working_day_clocks()
    {
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var guest = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var mainOffice = host.As(Roles.MainOffice);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var dishub = await mainOffice.DispatchAgencyIdAsync("DISHUB");
        var officer = host.As(Roles.AgencyOfficer, dinkes);
        var foreignOfficer = host.As(Roles.AgencyOfficer, dishub);

        // Intake: a guest must confirm the email before anyone works on it.
        var created = await (await guest.PostAsJsonAsync("/api/aspirations", new
        {
            kind = "complaint",
            title = "Antrean puskesmas terlalu panjang",
            description = "Setiap pagi antrean di puskesmas kami lebih dari tiga jam dan tidak ada nomor antrean daring.",
            categoryCode = "kesehatan",
            regency = "Kota Samarinda",
            privacy = "anonymous",
            email = "pelapor@example.id",
        })).JsonAsync(HttpStatusCode.Created);
        var code = created.GetProperty("trackingCode").GetString()!;
        Assert.Matches("^ASP-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{5}$", code);
        Assert.True(created.GetProperty("emailConfirmationRequired").GetBoolean());
        Assert.Equal("AwaitingEmailConfirmation", (await TrackAsync(guest, code)).GetProperty("status").GetString());
        var inboxBefore = await (await mainOffice.GetAsync($"/api/admin/aspirations/inbox?search={code}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, inboxBefore.GetProperty("items").GetArrayLength());

        var token = Regex.Match(MailTo("pelapor@example.id").Last(), @"token=([A-Za-z0-9_\-]+)").Groups[1].Value;
        await (await guest.PostAsJsonAsync("/api/aspirations/confirm", new { trackingCode = code, token = "forged" })).ProblemAsync(HttpStatusCode.Conflict);
        await (await guest.PostAsJsonAsync("/api/aspirations/confirm", new { trackingCode = code, token })).JsonAsync(HttpStatusCode.OK);
        var tracked = await TrackAsync(guest, code);
        Assert.Equal("Submitted", tracked.GetProperty("status").GetString());
        Assert.Equal(new DateTime(2026, 12, 23, 15, 59, 59), tracked.GetProperty("dueAt").GetDateTime());

        // PPID Utama sees it with the agency suggested from the category, and dispatches on Monday.
        // Staff find it by the code the reporter reads out, but see only its report number: the code stays with the reporter.
        var inbox = await (await mainOffice.GetAsync($"/api/admin/aspirations/inbox?search={code}")).JsonAsync(HttpStatusCode.OK);
        var item = inbox.GetProperty("items").EnumerateArray().Single();
        Assert.Matches("^LAP-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$", item.GetProperty("reportNumber").GetString());
        Assert.DoesNotContain(code, inbox.ToString(), StringComparison.Ordinal);
        Assert.Equal(dinkes, item.GetProperty("suggestedAgencyId").GetGuid());
        var id = item.GetProperty("id").GetGuid();
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 21, 2, 0, 0, TimeSpan.Zero));
        await (await officer.PostAsJsonAsync($"/api/admin/aspirations/{id}/dispatch", new { agencyId = dinkes })).ProblemAsync(HttpStatusCode.Forbidden);
        var dispatched = await (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{id}/dispatch", new { agencyId = dinkes })).JsonAsync(HttpStatusCode.OK);
        // 5 working days from Monday 21 Dec skip 24–25 Dec (leave and Christmas) and the weekend: Wednesday 30 Dec.
        Assert.Equal(new DateTime(2026, 12, 30, 15, 59, 59), dispatched.GetProperty("dueAt").GetDateTime());
        await (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{id}/dispatch", new { agencyId = dinkes })).ProblemAsync(HttpStatusCode.Conflict);

        // The agency follows up; another agency's officer cannot see or touch it.
        await (await foreignOfficer.GetAsync($"/api/staff/aspirations/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await foreignOfficer.PostAsJsonAsync($"/api/staff/aspirations/{id}/respond", new { text = "Bukan urusan kami" })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await (await foreignOfficer.GetAsync("/api/staff/aspirations")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("id").GetGuid() == id);
        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/notes", new { text = "Kepala puskesmas sudah dihubungi.", @internal = false })).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/notes", new { text = "INTERNAL: petugas loket kurang dua orang.", @internal = true })).EnsureSuccessStatusCode();
        var publicTimeline = (await TrackAsync(guest, code)).GetProperty("timeline").ToString();
        Assert.Contains("Kepala puskesmas sudah dihubungi.", publicTimeline);
        Assert.DoesNotContain("INTERNAL", publicTimeline);

        // An admin adds New Year's Day 2027 to the calendar (it ran out), then the agency answers on Tuesday.
        var calendar = await (await mainOffice.GetAsync("/api/admin/holidays?year=2026")).JsonAsync(HttpStatusCode.OK);
        foreach (var year in new[] { "-1", "10000" })
        {
            Assert.NotEmpty((await (await mainOffice.GetAsync($"/api/admin/holidays?year={year}")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        }

        Assert.NotEqual(JsonValueKind.Null, calendar.GetProperty("warning").ValueKind);
        await (await mainOffice.PostAsJsonAsync("/api/admin/holidays", new { date = "2027-01-01", kind = "national", nameId = "Tahun Baru 2027 Masehi", nameEn = "New Year's Day" })).JsonAsync(HttpStatusCode.Created);
        await (await mainOffice.PostAsJsonAsync("/api/admin/holidays", new { date = "2027-01-01", kind = "national", nameId = "Lagi", nameEn = "Again" })).ProblemAsync(HttpStatusCode.Conflict);
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 22, 6, 0, 0, TimeSpan.Zero));
        var responded = await (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/respond", new { text = "Mulai Januari antrean daring dibuka dan loket ditambah." })).JsonAsync(HttpStatusCode.OK);
        // 10 working days from Tuesday 22 Dec: 23, 28, 29, 30, 31 Dec, then 4–8 Jan (1 Jan is a holiday).
        Assert.Equal(new DateTime(2027, 1, 8, 15, 59, 59), responded.GetProperty("dueAt").GetDateTime());

        // The reporter replies and rates with the code alone; a second rating is refused.
        await (await guest.PostAsJsonAsync($"/api/aspirations/track/{code}/reply", new { text = "Terima kasih, kami tunggu.", reopen = false })).JsonAsync(HttpStatusCode.OK);
        await (await guest.PostAsJsonAsync($"/api/aspirations/track/{code}/rating", new { stars = 6 })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await guest.PostAsJsonAsync($"/api/aspirations/track/{code}/rating", new { stars = 5, comment = "Cepat" })).JsonAsync(HttpStatusCode.OK);
        await (await guest.PostAsJsonAsync($"/api/aspirations/track/{code}/rating", new { stars = 1 })).ProblemAsync(HttpStatusCode.Conflict);

        // After the window it closes by itself, and a late reply is refused.
        clock.SetUtcNow(new DateTimeOffset(2027, 1, 8, 16, 0, 1, TimeSpan.Zero));
        clock.Advance(TimeSpan.FromMinutes(6));
        var closed = await Eventually.Until(() => TrackAsync(guest, code), s => s.GetProperty("status").GetString() == "Closed", what: "the reply window to close the report");
        Assert.Equal(5, closed.GetProperty("rating").GetInt32());
        await (await guest.PostAsJsonAsync($"/api/aspirations/track/{code}/reply", new { text = "Masih ada?", reopen = true })).ProblemAsync(HttpStatusCode.Conflict);

        // Every status change was emailed to the reporter, and none of the emails names an agency officer.
        Assert.True(MailTo("pelapor@example.id").Count >= 5);
    }

    [Fact]
    public async Task Not_our_authority_returns_it_for_another_dispatch_and_duplicates_link_the_original()
    {
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var mainOffice = host.As(Roles.MainOffice);
        var citizen = host.As(Roles.Citizen);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var dishub = await mainOffice.DispatchAgencyIdAsync("DISHUB");
        var first = await SubmitAsync(citizen, "Jalan berlubang di depan sekolah");
        var second = await SubmitAsync(citizen, "Jalan berlubang di depan sekolah lagi");
        var (firstId, secondId) = (await mainOffice.InboxIdAsync(first, "Submitted"), await mainOffice.InboxIdAsync(second, "Submitted"));

        (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{firstId}/dispatch", new { agencyId = dinkes })).EnsureSuccessStatusCode();
        var returned = await (await host.As(Roles.AgencyOfficer, dinkes).PostAsJsonAsync($"/api/staff/aspirations/{firstId}/not-our-authority", new { text = "Jalan provinsi adalah urusan DPUPR." }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Submitted", returned.GetProperty("status").GetString());
        (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{firstId}/dispatch", new { agencyId = dishub })).EnsureSuccessStatusCode();

        var missingLink = await (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{secondId}/reject", new { reason = "duplicate" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(missingLink.FieldErrors("duplicateOf"));
        var firstNumber = (await (await mainOffice.GetAsync($"/api/staff/aspirations/{firstId}")).JsonAsync(HttpStatusCode.OK)).GetProperty("reportNumber").GetString()!;
        var rejected = await (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{secondId}/reject", new { reason = "duplicate", duplicateOf = firstNumber.ToLowerInvariant() }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
        await (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{secondId}/dispatch", new { agencyId = dinkes })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bad_submissions_get_field_errors_and_store_nothing()
    {
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var guest = host.CreateClient();
        var problem = await (await guest.PostAsJsonAsync("/api/aspirations", new
        {
            kind = "rumour",
            title = "short",
            description = new string('x', 5001),
            categoryCode = "kesehatan",
            regency = "Jakarta",
            privacy = "everyone",
            email = "not-an-email",
            latitude = 40.0,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "kind", "title", "description", "regency", "privacy", "email", "latitude", "longitude" })
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }

        var unknownCategory = await (await guest.PostAsJsonAsync("/api/aspirations", Valid("tidak-ada", "warga@example.id"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(unknownCategory.FieldErrors("categoryCode"));
        var noEmail = await (await guest.PostAsJsonAsync("/api/aspirations", Valid("kesehatan", null))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noEmail.FieldErrors("email"));
        var staffWithoutChannel = await (await host.As(Roles.MainOffice).PostAsJsonAsync("/api/aspirations", Valid("kesehatan", null))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(staffWithoutChannel.FieldErrors("channel"));
        await (await guest.GetAsync("/api/aspirations/track/ASP-2222-2222")).ProblemAsync(HttpStatusCode.NotFound);
        await (await guest.GetAsync("/api/aspirations/track/not-a-code")).ProblemAsync(HttpStatusCode.NotFound);

        var inbox = await (await host.As(Roles.MainOffice).GetAsync("/api/admin/aspirations/inbox?status=AwaitingEmailConfirmation")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, inbox.GetProperty("items").GetArrayLength());
        Assert.Empty(MailTo("warga@example.id"));
    }

    [Fact]
    public async Task A_citizen_supports_a_public_report_once()
    {
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var citizen = host.As(Roles.Citizen);
        var code = await SubmitAsync(citizen, "Lampu jalan mati di jalan poros", privacy: "public");
        var id = await host.As(Roles.MainOffice).InboxIdAsync(code, "Submitted");
        await (await host.As(Roles.Citizen).PostAsync($"/api/aspirations/{id}/support", null)).ProblemAsync(HttpStatusCode.NotFound);
        await host.As(Roles.MainOffice).DispatchAsync(id);
        var supporter = host.As(Roles.Citizen);
        supporter.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, Guid.NewGuid().ToString());

        await (await host.CreateClient().PostAsync($"/api/aspirations/{id}/support", null)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(1, (await (await supporter.PostAsync($"/api/aspirations/{id}/support", null)).JsonAsync(HttpStatusCode.OK)).GetProperty("supportCount").GetInt32());
        await (await supporter.PostAsync($"/api/aspirations/{id}/support", null)).ProblemAsync(HttpStatusCode.Conflict);

        var feed = await (await host.CreateClient().GetAsync("/api/aspirations?pageSize=100")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, feed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id).GetProperty("supportCount").GetInt32());
    }

    [Fact]
    public async Task Staff_see_what_the_citizen_entered_and_a_note_without_a_choice_stays_internal()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var code = await portal.As(Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "complaint", title = "Jembatan kayu di desa kami rapuh", description = "Papan jembatan kayu penghubung dua dusun sudah lapuk dan berlubang di beberapa bagian.",
            categoryCode = "infrastruktur", regency = "Kabupaten Kutai Barat", locationText = "Jembatan Dusun Linggang", eventDate = "2026-11-20",
        });
        var id = await mainOffice.InboxIdAsync(code);
        var page = await mainOffice.GetStringAsync($"/staf/aspirasi/{id}");
        foreach (var entered in new[] { "Infrastruktur", "Kutai Barat", "Jembatan Dusun Linggang", "20 Nov 2026" })
        {
            Assert.Contains(entered, page, StringComparison.Ordinal);
        }

        await mainOffice.DispatchAsync(id, "PUPR-PERA");
        var officer = portal.As(Roles.AgencyOfficer, await mainOffice.DispatchAgencyIdAsync("PUPR-PERA"));
        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/notes", new { text = "Tim survei dijadwalkan pekan depan." })).EnsureSuccessStatusCode();
        Assert.DoesNotContain("Tim survei dijadwalkan", (await TrackAsync(portal.CreateClient(), code)).GetProperty("timeline").ToString(), StringComparison.Ordinal);
        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/notes", new { text = "Perbaikan dimulai Senin.", @internal = false })).EnsureSuccessStatusCode();
        Assert.Contains("Perbaikan dimulai Senin.", (await TrackAsync(portal.CreateClient(), code)).GetProperty("timeline").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_citizen_finds_own_reports_and_nobody_elses()
    {
        var me = portal.As(Roles.Citizen);
        me.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, "7b000000-0000-0000-0000-00000000b001");
        var other = portal.As(Roles.Citizen);
        other.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, "7b000000-0000-0000-0000-00000000b002");
        var code = await me.SubmitAspirationAsync(new
        {
            kind = "aspiration", title = "Usulan taman kota di Sempaja", description = "Kami mengusulkan taman kota kecil di Sempaja untuk anak-anak bermain dengan aman.",
            categoryCode = "infrastruktur",
        });

        var mine = await me.GetStringAsync("/aspirasi/saya");
        Assert.Contains("Usulan taman kota di Sempaja", mine, StringComparison.Ordinal);
        Assert.Contains($"/lacak/{code}", mine, StringComparison.Ordinal);
        var theirs = await other.GetStringAsync("/aspirasi/saya");
        Assert.DoesNotContain("Usulan taman kota di Sempaja", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain(code, theirs, StringComparison.Ordinal);

        // Found by an index on the reporter's user id, not by reading every report.
        Assert.Equal(1L, PortalFactory.Scalar<long>(portal.DatabaseFile("aspirations"),
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'IX_Submissions_ReporterUserId'"));
    }

    private static object Valid(string category, string? email) => new
    {
        kind = "aspiration",
        title = "Usulan taman baca di kelurahan",
        description = "Kami mengusulkan taman baca untuk anak-anak di kelurahan kami karena belum ada perpustakaan.",
        categoryCode = category,
        email,
    };

    [Fact]
    public async Task A_target_date_holds_off_overdue_and_the_reporter_reads_it_in_one_language()
    {
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var mainOffice = host.As(Roles.MainOffice);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var officer = host.As(Roles.AgencyOfficer, dinkes);
        var citizen = host.As(Roles.Citizen);
        var code = await SubmitAsync(citizen, "Jembatan gantung putus di desa kami");
        var id = await mainOffice.InboxIdAsync(code);
        await mainOffice.DispatchAsync(id);

        // Tomorrow at the earliest, half a year at the latest, always with a reason.
        foreach (var (date, field) in new[] { ("2026-12-18", "date"), ("2027-07-01", "date"), ("2027-01-15", "reason") })
        {
            var problem = await (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/target",
                new { date, reason = field == "reason" ? "" : "Perbaikan butuh tiga minggu." })).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotEmpty(problem.FieldErrors(field));
        }

        var targeted = await (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/target",
            new { date = "2027-01-15", reason = "Kabel baja dipesan dari Surabaya, tiba awal Januari." })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(new DateTime(2027, 1, 15, 15, 59, 59), targeted.GetProperty("dueAt").GetDateTime());

        // Past the five working days of the follow-up clock, the report is not overdue while the target holds.
        clock.SetUtcNow(new DateTimeOffset(2027, 1, 6, 2, 0, 0, TimeSpan.Zero));
        Assert.False((await (await officer.GetAsync($"/api/staff/aspirations/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("isOverdue").GetBoolean());

        // The reporter reads the target and its reason, and the history in the language chosen only.
        var indonesian = await citizen.GetStringAsync($"/lacak/{code}");
        Assert.Contains("Target penyelesaian dari OPD", indonesian);
        Assert.Contains("Kabel baja dipesan dari Surabaya", indonesian);
        var history = Timeline(indonesian);
        Assert.Contains("Diteruskan ke Dinas Kesehatan", history);
        Assert.Contains("Target penyelesaian: 15 Januari 2027. Kabel baja", history);
        Assert.DoesNotContain("Dispatched to", history);
        Assert.DoesNotContain("Target date", history);
        using var inEnglish = new HttpRequestMessage(HttpMethod.Get, $"/lacak/{code}");
        inEnglish.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var english = Timeline(await (await citizen.SendAsync(inEnglish)).Content.ReadAsStringAsync());
        Assert.Contains("Dispatched to Dinas Kesehatan", english);
        Assert.Contains("Target date: 15 January 2027. Kabel baja", english);
        Assert.DoesNotContain("Diteruskan ke", english);

        // On the staff page the final response waits for "I am sure"; with it, the step is taken.
        var page = $"/staf/aspirasi/{id}";
        var unconfirmed = await officer.PostFormAsync(page, new() { ["Text"] = "Jembatan sudah tersambung kembali." }, handler: "Respond");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Centang konfirmasi", PageForms.Message(await unconfirmed.Content.ReadAsStringAsync()));
        Assert.Equal("Dispatched", (await (await officer.GetAsync($"/api/staff/aspirations/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        var confirmed = await officer.PostFormAsync(page, new() { ["Text"] = "Jembatan sudah tersambung kembali.", ["Confirmed"] = "true" }, handler: "Respond");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var responded = await (await officer.GetAsync($"/api/staff/aspirations/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Responded", responded.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, responded.GetProperty("targetDate").ValueKind);
        // Answered before the target: the home page counts it among this month's answers on time.
        var onTime = Regex.Match(await host.CreateClient().GetStringAsync("/"), @"Bulan ini (\d+) dari (\d+) laporan dijawab tepat waktu");
        Assert.True(onTime.Success && int.Parse(onTime.Groups[1].Value) >= 1, onTime.Value);
        await (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/target", new { date = "2027-02-01", reason = "Lagi" })).ProblemAsync(HttpStatusCode.Conflict);
    }

    private static string Timeline(string html) => Regex.Match(html, "<ol class=\"timeline\">(.*?)</ol>", RegexOptions.Singleline).Groups[1].Value;

    private static Task<string> SubmitAsync(HttpClient citizen, string title, string privacy = "anonymous") =>
        citizen.SubmitAspirationAsync(new
        {
            kind = "complaint",
            title,
            description = "Sudah berbulan-bulan tidak diperbaiki dan membahayakan pengendara di malam hari.",
            categoryCode = "jalan-jembatan",
            privacy,
        });

    private static async Task<JsonElement> TrackAsync(HttpClient client, string code) =>
        await (await client.GetAsync($"/api/aspirations/track/{code}")).JsonAsync(HttpStatusCode.OK);



    private List<string> MailTo(string email) =>
        portal.SentMail().Where(m => m.To.ToString().Contains(email, StringComparison.OrdinalIgnoreCase)).Select(m => m.TextBody ?? string.Empty).ToList();
}

/// <summary>Assignment uses the staff list the Aspirations module keeps from the Identity module's events.</summary>
public sealed class AssignmentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_agency_assigns_the_follow_up_to_its_own_active_officer_only()
    {
        var admin = portal.CreateClient(Roles.SuperAdmin);
        var (dinkes, dishub) = (await admin.DispatchAgencyIdAsync("DINKES"), await admin.DispatchAgencyIdAsync("DISHUB"));
        await Eventually.Until(
            async () => (await admin.PostAsJsonAsync("/api/admin/staff", new { email = "petugas1@dinkes.example.id", fullName = "Petugas Satu", roles = new[] { "AgencyOfficer" }, agencyIds = new[] { dinkes } })).StatusCode,
            s => s == HttpStatusCode.Created, what: "the Identity module to learn the agencies");
        var own = (await (await admin.GetAsync("/api/admin/staff?search=petugas1")).JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0].GetProperty("id").GetGuid();
        var foreign = (await (await admin.PostAsJsonAsync("/api/admin/staff", new { email = "petugas2@dishub.example.id", fullName = "Petugas Dua", roles = new[] { "AgencyOfficer" }, agencyIds = new[] { dishub } }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var code = await portal.CreateClient(Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "complaint",
            title = "Ambulans desa tidak bisa dihubungi",
            description = "Nomor ambulans desa tidak aktif sejak bulan lalu dan warga kesulitan saat darurat.",
            categoryCode = "kesehatan",
        });
        var id = (await (await admin.GetAsync($"/api/admin/aspirations/inbox?search={code}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0].GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"/api/admin/aspirations/{id}/dispatch", new { agencyId = dinkes })).EnsureSuccessStatusCode();

        var officer = portal.As(Roles.AgencyOfficer, dinkes);
        await (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/assign", new { officerId = foreign })).ProblemAsync(HttpStatusCode.BadRequest);
        var assigned = await Eventually.Until(
            () => officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/assign", new { officerId = own }),
            r => r.StatusCode == HttpStatusCode.OK, what: "the staff list to reach the Aspirations module");
        var view = await assigned.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(own, view.GetProperty("assignedOfficerId").GetGuid());
        Assert.DoesNotContain("Petugas Satu", (await (await portal.CreateClient().GetAsync($"/api/aspirations/track/{code}")).Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}

public sealed class ResponseTemplateTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_agency_keeps_its_own_response_templates_out_of_other_agencies_reach()
    {
        var mainOffice = portal.CreateClient(Roles.MainOffice);
        var (dinkes, dishub) = (await mainOffice.DispatchAgencyIdAsync("DINKES"), await mainOffice.DispatchAgencyIdAsync("DISHUB"));
        var officer = portal.As(Roles.AgencyOfficer, dinkes);

        await (await officer.PostAsJsonAsync($"/api/staff/agencies/{dinkes}/response-templates", new { title = "", body = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        var created = await (await officer.PostAsJsonAsync($"/api/staff/agencies/{dinkes}/response-templates", new { title = "Stok obat", body = "Terima kasih, stok obat sedang kami periksa." }))
            .JsonAsync(HttpStatusCode.Created);
        var list = await (await officer.GetAsync($"/api/staff/agencies/{dinkes}/response-templates")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Stok obat", Assert.Single(list.EnumerateArray()).GetProperty("title").GetString());

        await (await officer.GetAsync($"/api/staff/agencies/{dishub}/response-templates")).ProblemAsync(HttpStatusCode.NotFound);
        await (await officer.PostAsJsonAsync($"/api/staff/agencies/{dishub}/response-templates", new { title = "X", body = "Y" })).ProblemAsync(HttpStatusCode.NotFound);
        (await officer.DeleteAsync($"/api/staff/agencies/{dinkes}/response-templates/{created.GetProperty("id").GetGuid()}")).EnsureSuccessStatusCode();
        Assert.Equal(0, (await (await officer.GetAsync($"/api/staff/agencies/{dinkes}/response-templates")).JsonAsync(HttpStatusCode.OK)).GetArrayLength());
    }
}

/// <summary>Overdue work escalates to supervisors: their view, and a morning digest by email.</summary>
public sealed class OverdueEscalationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    // Friday 18 December 2026, 09:00 WITA.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 18, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_supervisor_sees_overdue_reports_and_gets_them_in_the_morning_digest()
    {
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var admin = host.As(Roles.SuperAdmin);
        await Eventually.Until(
            async () => (await admin.PostAsJsonAsync("/api/admin/staff", new { email = "atasan@kaltimprov.go.id", fullName = "Atasan PPID", roles = new[] { "Supervisor" }, provinceWide = true })).StatusCode,
            s => s == HttpStatusCode.Created, what: "the staff account to be created");

        // The digest goes to the supervisors the Aspirations module has learnt of from Identity's events; moving the
        // clock past 07:00 before that would leave the next digest a day (and the test's patience) away.
        await Eventually.Until(
            () => Task.FromResult(PortalFactory.Scalar<long>(portal.DatabaseFile("aspirations"), "SELECT COUNT(*) FROM StaffMembers WHERE Email = 'atasan@kaltimprov.go.id' AND IsSupervisor AND IsActive")),
            n => n > 0,
            what: "the Aspirations module to learn of the supervisor");
        var code = await host.As(Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "complaint",
            title = "Penerangan jalan di jembatan padam",
            description = "Lampu penerangan di jembatan utama padam sejak dua minggu dan rawan kecelakaan malam hari.",
            categoryCode = "jalan-jembatan",
            name = "Pelapor Rahasia Digest",
        });

        // Due Wednesday 23 Dec; on Monday 28 Dec it is overdue.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 27, 22, 58, 0, TimeSpan.Zero));
        var supervisorView = await (await host.As(Roles.Supervisor).GetAsync("/api/staff/aspirations?overdue=true")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, supervisorView.GetProperty("items").GetArrayLength());
        var wide = host.CreateClient();
        wide.DefaultRequestHeaders.Add(TestAuthentication.RolesHeader, Roles.MainOffice);
        var overdue = await (await wide.GetAsync("/api/staff/aspirations?overdue=true")).JsonAsync(HttpStatusCode.OK);
        var overdueItem = (await (await wide.GetAsync($"/api/staff/aspirations?overdue=true&search={code}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Single();
        Assert.True(overdueItem.GetProperty("isOverdue").GetBoolean());
        var number = overdueItem.GetProperty("reportNumber").GetString()!;
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), i => i.GetProperty("reportNumber").GetString() == number);

        var digest = await Eventually.Until(
            () =>
            {
                clock.Advance(TimeSpan.FromMinutes(3));
                return Task.FromResult(portal.SentMail().Where(m => m.To.ToString().Contains("atasan@kaltimprov.go.id", StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains("Overdue", StringComparison.Ordinal)).ToList());
            },
            mails => mails.Count > 0,
            what: "the morning digest");
        Assert.Contains(number, digest[0].TextBody ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(code, digest[0].TextBody ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Pelapor Rahasia Digest", digest[0].TextBody ?? string.Empty, StringComparison.Ordinal);
    }
}

public sealed class StaffIntakeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Staff_enter_a_walk_in_report_for_a_citizen_with_its_channel()
    {
        var staff = portal.As(Roles.MainOffice);
        var created = await (await staff.PostAsJsonAsync("/api/aspirations", new
        {
            kind = "complaint",
            title = "Laporan warga datang langsung ke kantor",
            description = "Warga datang ke kantor PPID melaporkan pelayanan KTP yang lambat di kecamatan.",
            categoryCode = "kependudukan",
            channel = "walkin",
            name = "Warga Datang",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.False(created.GetProperty("emailConfirmationRequired").GetBoolean());
        var code = created.GetProperty("trackingCode").GetString();
        var item = (await (await staff.GetAsync($"/api/admin/aspirations/inbox?search={code}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0];
        Assert.Equal("WalkIn", item.GetProperty("channel").GetString());

        var page = await (await staff.GetAsync("/aspirasi/baru")).Content.ReadAsStringAsync();
        Assert.Contains("name=\"Form.Channel\"", page, StringComparison.Ordinal);
        var citizenPage = await portal.As(Roles.Citizen).GetStringAsync("/aspirasi/baru");
        Assert.DoesNotContain("name=\"Form.Channel\"", citizenPage, StringComparison.Ordinal);
    }
}
