using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// The legal clocks of requests on a fake clock, through the real host: the deadline across Idul Fitri 2026, the
/// officers' reminder and the superiors' overdue notice (once each), the objection windows, and the end of the
/// identity scan's retention.
/// </summary>
public sealed class InformationRequestClockTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    // Tuesday 17 March 2026, 10:00 WITA: the day before Nyepi and the Idul Fitri collective leave.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 17, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_request_before_Idul_Fitri_falls_due_after_it_officers_are_reminded_superiors_told_and_objections_open_and_close_on_time()
    {
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var mainOffice = host.As(Roles.MainOffice);
        var agency = await mainOffice.PpidAgencyIdAsync("DLH");
        var superAdmin = host.As(Roles.SuperAdmin);
        (await superAdmin.PostAsJsonAsync("/api/admin/staff", new
        {
            email = "ppid.dlh@kaltimprov.go.id", fullName = "Petugas PPID DLH", roles = new[] { Roles.AgencyOfficer }, agencyIds = new[] { agency }, provinceWide = false,
        })).EnsureSuccessStatusCode();
        (await superAdmin.PostAsJsonAsync("/api/admin/staff", new
        {
            email = "atasan.dlh@kaltimprov.go.id", fullName = "Kepala DLH", roles = new[] { Roles.Supervisor }, agencyIds = new[] { agency }, provinceWide = false,
        })).EnsureSuccessStatusCode();
        await Eventually.Until(
            () => Task.FromResult(PortalFactory.Scalar<long>(portal.DatabaseFile("ppid"), "SELECT COUNT(*) FROM Officers WHERE Email IN ('ppid.dlh@kaltimprov.go.id', 'atasan.dlh@kaltimprov.go.id') AND IsActive")),
            n => n == 2, what: "the register to learn of the officer and the superior");

        var applicant = host.CreateClient();
        var receipt = await (await applicant.PostAsync("/api/ppid/requests", InformationRequestTests.Form(
            InformationRequestTests.Fields(agency, "pemohon.jam@example.id"), ("ktp.pdf", RegisterFiles.Pdf("KTP"))))).JsonAsync(HttpStatusCode.Created);
        var (number, code) = (receipt.GetProperty("number").GetString()!, receipt.GetProperty("accessCode").GetString()!);
        var id = receipt.GetProperty("id").GetGuid();
        var second = await (await applicant.PostAsync("/api/ppid/requests", InformationRequestTests.Form(
            InformationRequestTests.Fields(agency, "pemohon.kedua@example.id"), ("ktp.pdf", RegisterFiles.Pdf("KTP"))))).JsonAsync(HttpStatusCode.Created);
        var (number2, code2) = (second.GetProperty("number").GetString()!, second.GetProperty("accessCode").GetString()!);

        // 10 working days: Nyepi, Idul Fitri and their leave, two weekends and Good Friday are skipped.
        Assert.Equal("2026-04-08", receipt.GetProperty("dueOn").GetString());
        Assert.Contains("Cuti Bersama Idul Fitri", receipt.GetProperty("howCountedId").GetString(), StringComparison.Ordinal);
        Assert.StartsWith($"PPID/2026/DLH/", number, StringComparison.Ordinal);

        // Monday 6 April: two working days left — the officer is reminded, once.
        int Mails(string to, string subject) => portal.SentMail().Count(m => m.To.ToString().Contains(to, StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains(subject, StringComparison.Ordinal));
        clock.SetUtcNow(new DateTimeOffset(2026, 4, 6, 1, 0, 0, TimeSpan.Zero));
        await Eventually.Until(() => { clock.Advance(TimeSpan.FromHours(1)); return Task.FromResult(Mails("ppid.dlh@", number)); }, n => n > 0, what: "the reminder");
        await TicksAsync();
        Assert.Equal(1, Mails("ppid.dlh@", number));
        Assert.Equal(0, Mails("atasan.dlh@", number));

        // Too early to object: the PPID still has until 8 April.
        await (await applicant.PostAsJsonAsync("/api/ppid/requests/objections", new { number, code, ground = "35c", reasons = "Belum dijawab" })).ProblemAsync(HttpStatusCode.Conflict);

        // Thursday 9 April: the deadline passed unanswered — the superior is told, once; the supervisor's overdue view shows it.
        clock.SetUtcNow(new DateTimeOffset(2026, 4, 9, 1, 0, 0, TimeSpan.Zero));
        await Eventually.Until(() => { clock.Advance(TimeSpan.FromHours(1)); return Task.FromResult(Mails("atasan.dlh@", number)); }, n => n > 0, what: "the overdue notice");
        await TicksAsync();
        Assert.Equal(1, Mails("atasan.dlh@", number));
        Assert.Equal(1, Mails("ppid.dlh@", number));
        // The staff's reminders name the request by its number, never the applicant.
        foreach (var mail in portal.SentMail().Where(m => m.To.ToString().Contains(".dlh@kaltimprov.go.id", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("Rahmawati Tertanam", mail.TextBody ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("6472011234567890", mail.TextBody ?? string.Empty, StringComparison.Ordinal);
        }

        var overdue = await (await host.As(Roles.Supervisor, agency).GetAsync("/api/staff/ppid/requests?overdue=true")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), r => r.GetProperty("number").GetString() == number && r.GetProperty("overdue").GetBoolean());

        // An extension after the deadline is refused: it is given before it.
        await (await host.As(Roles.AgencyOfficer, agency).PostAsJsonAsync($"/api/staff/ppid/requests/{id}/extend", new { reason = "Terlambat" })).ProblemAsync(HttpStatusCode.Conflict);

        // The missed deadline opens the 30 working days to object: until 25 May (Labour Day, Ascension and its leave skipped).
        var tracked = await (await applicant.PostAsJsonAsync("/api/ppid/requests/track", new { number, code })).JsonAsync(HttpStatusCode.OK);
        Assert.True(tracked.GetProperty("overdue").GetBoolean());
        Assert.True(tracked.GetProperty("mayObject").GetBoolean());
        Assert.Equal("2026-05-25", tracked.GetProperty("objectionOpenUntil").GetString());

        // Monday 25 May, the last day: in time; the superior has 30 working days.
        clock.SetUtcNow(new DateTimeOffset(2026, 5, 25, 2, 0, 0, TimeSpan.Zero));
        var objection = await (await applicant.PostAsJsonAsync("/api/ppid/requests/objections", new { number, code, ground = "35c", reasons = "Permohonan tidak ditanggapi." }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.StartsWith("KEB/2026/DLH/", objection.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, Mails("pemohon.jam@", objection.GetProperty("number").GetString()!));

        // Tuesday 26 May: one working day too late for the other request, missed on the same day.
        clock.SetUtcNow(new DateTimeOffset(2026, 5, 26, 2, 0, 0, TimeSpan.Zero));
        var late = await (await applicant.PostAsJsonAsync("/api/ppid/requests/objections", new { number = number2, code = code2, ground = "35g", reasons = "Tidak dijawab" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("2026-05-25", late.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False((await (await applicant.PostAsJsonAsync("/api/ppid/requests/track", new { number = number2, code = code2 })).JsonAsync(HttpStatusCode.OK))
            .GetProperty("mayObject").GetBoolean());

        // The notice that finally comes after the objection to silence may be objected to in its turn — once.
        (await host.As(Roles.AgencyOfficer, agency).PostAsJsonAsync($"/api/staff/ppid/requests/{id}/decide", new
        {
            outcome = "refused", text = "Ditolak.", exemptionGround = "17c", consequenceTest = "Membahayakan pertahanan dan keamanan.",
        })).EnsureSuccessStatusCode();
        (await applicant.PostAsJsonAsync("/api/ppid/requests/objections", new { number, code, ground = "35a", reasons = "Penolakan tidak berdasar." })).EnsureSuccessStatusCode();
        await (await applicant.PostAsJsonAsync("/api/ppid/requests/objections", new { number, code, ground = "35a", reasons = "Sekali lagi." })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_collective_leave_decreed_while_the_clock_runs_moves_the_deadline_and_removing_it_moves_it_back()
    {
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var mainOffice = host.As(Roles.MainOffice);
        var agency = await mainOffice.PpidAgencyIdAsync("DISPAR");
        var receipt = await (await host.CreateClient().PostAsync("/api/ppid/requests", InformationRequestTests.Form(
            InformationRequestTests.Fields(agency, "pemohon.cuti@example.id"), ("ktp.pdf", RegisterFiles.Pdf("KTP"))))).JsonAsync(HttpStatusCode.Created);
        var id = receipt.GetProperty("id").GetGuid();
        Assert.Equal("2026-04-08", receipt.GetProperty("dueOn").GetString());

        async Task<string> DueAsync() =>
            (await (await mainOffice.GetAsync($"/api/staff/ppid/requests/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("due").GetProperty("dueOn").GetString()!;
        (await mainOffice.PostAsJsonAsync("/api/admin/holidays", new { date = "2026-03-30", kind = "collective_leave", nameId = "Cuti Bersama Tambahan", nameEn = "Extra leave" }))
            .EnsureSuccessStatusCode();
        await Eventually.Until(DueAsync, due => due == "2026-04-09", what: "the deadline to move past the new leave day");
        var view = await (await mainOffice.GetAsync($"/api/staff/ppid/requests/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("Cuti Bersama Tambahan", view.GetProperty("due").GetProperty("howCountedId").GetString(), StringComparison.Ordinal);
        Assert.Equal(10, view.GetProperty("due").GetProperty("workingDays").GetInt32());

        (await mainOffice.DeleteAsync("/api/admin/holidays/2026-03-30")).EnsureSuccessStatusCode();
        await Eventually.Until(DueAsync, due => due == "2026-04-08", what: "the deadline to move back");
    }

    [Fact]
    public async Task The_identity_scan_is_deleted_after_the_retention_period_and_the_request_keeps_the_record()
    {
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var mainOffice = host.As(Roles.MainOffice);
        var receipt = await (await host.CreateClient().PostAsync("/api/ppid/requests", InformationRequestTests.Form(
            InformationRequestTests.Fields(null, "pemohon.simpan@example.id"), ("ktp.jpg", PlantedFiles.Jpeg("Pemohon Simpan"))))).JsonAsync(HttpStatusCode.Created);
        var id = receipt.GetProperty("id").GetGuid();
        var scanKey = PortalFactory.Scalar<string>(portal.DatabaseFile("ppid"), $"SELECT ApplicantScanKey FROM Requests WHERE Number = '{receipt.GetProperty("number").GetString()}'");
        var file = Path.Combine(portal.DataDirectory, "files", scanKey);
        Assert.True(File.Exists(file) || Directory.GetFiles(portal.DataDirectory, Path.GetFileName(scanKey), SearchOption.AllDirectories).Length == 1, "the scan is stored");
        (await mainOffice.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/decide", new { outcome = "granted", text = "Diberikan." })).EnsureSuccessStatusCode();

        // A year and a day after the decision (the default retention is 365 days).
        clock.Advance(TimeSpan.FromDays(366));
        var view = await Eventually.Until(
            async () =>
            {
                clock.Advance(TimeSpan.FromDays(1));
                return await (await mainOffice.GetAsync($"/api/staff/ppid/requests/{id}")).JsonAsync(HttpStatusCode.OK);
            },
            v => !v.GetProperty("hasIdentityScan").GetBoolean(),
            what: "the scan to be deleted");
        Assert.Equal("6472011234567890", view.GetProperty("identityNumber").GetString());
        Assert.Empty(Directory.GetFiles(portal.DataDirectory, Path.GetFileName(scanKey), SearchOption.AllDirectories));
        await (await mainOffice.GetAsync($"/api/staff/ppid/requests/{id}/identity-scan")).ProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>Lets the hourly jobs run a few more times.</summary>
    private async Task TicksAsync()
    {
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            await Task.Delay(100);
        }
    }
}
