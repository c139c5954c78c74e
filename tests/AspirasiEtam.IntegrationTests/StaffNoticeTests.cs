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
/// PPID Pembantu officers are told (issue 14 item 13): a notice in the app and an email when a report is dispatched
/// to their agency, when its reporter replies or reopens it, and two working days before its deadline — at once or
/// in a daily digest, as each officer chooses; never to another agency's officers, never with the reporter's
/// identity or tracking code.
/// </summary>
public sealed class StaffNoticeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string PlantedName = "Pelapor Rahasia Pemberitahuan";

    [Fact]
    public async Task Officers_of_the_agency_hear_of_a_dispatch_and_a_reopening_at_once_and_nobody_else_does()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var dishub = await mainOffice.DispatchAgencyIdAsync("DISHUB");
        var officerId = await OfficerAsync(portal, "petugas.dinkes.notice@kaltimprov.go.id", dinkes);
        await OfficerAsync(portal, "petugas.dishub.notice@kaltimprov.go.id", dishub);

        var code = await portal.As(Roles.Citizen).SubmitAspirationAsync(Report("Antrean obat di puskesmas sangat panjang"));
        var reportId = await mainOffice.InboxIdAsync(code);
        await mainOffice.DispatchAsync(reportId);

        var dispatched = await MailToAsync("petugas.dinkes.notice@kaltimprov.go.id", "laporan baru");
        var number = (await (await mainOffice.GetAsync($"/api/staff/aspirations/{reportId}")).JsonAsync(HttpStatusCode.OK)).GetProperty("reportNumber").GetString()!;
        Assert.StartsWith(number, dispatched.Subject, StringComparison.Ordinal);
        var body = dispatched.TextBody ?? string.Empty;
        Assert.Contains($"/staf/aspirasi/{reportId}", body, StringComparison.Ordinal);
        Assert.DoesNotContain(code, body + dispatched.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedName, body, StringComparison.Ordinal);
        Assert.DoesNotContain(portal.Logs.Lines, line => line.Contains(PlantedName, StringComparison.Ordinal) || line.Contains(code, StringComparison.Ordinal));
        Assert.DoesNotContain(portal.SentMail(), m => IsNotice(m, "petugas.dishub.notice"));

        // In the app: the notice, and the badge beside "Notices" on every staff page.
        var officer = Officer(portal, officerId, dinkes);
        var notices = await (await officer.GetAsync("/api/staff/notices")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, notices.GetProperty("unread").GetInt32());
        Assert.Equal("Dispatched", notices.GetProperty("items")[0].GetProperty("kind").GetString());
        var inbox = await officer.GetStringAsync("/staf/aspirasi");
        Assert.Matches("href=\"/staf/pemberitahuan\"[^>]*>Pemberitahuan\\s*<span class=\"badge count\">1<", inbox);
        var page = await officer.GetStringAsync("/staf/pemberitahuan");
        Assert.Contains(number, page, StringComparison.Ordinal);
        Assert.Contains("laporan baru untuk OPD Anda", page, StringComparison.Ordinal);
        Assert.DoesNotContain(code, page, StringComparison.Ordinal);

        // The officer answers; the reporter reopens: the officer hears of it.
        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{reportId}/respond", new { text = "Jadwal apoteker ditambah mulai pekan depan." })).EnsureSuccessStatusCode();
        (await portal.CreateClient().PostAsJsonAsync($"/api/aspirations/track/{code}/reply", new { text = "Antrean masih panjang pagi ini.", reopen = true })).EnsureSuccessStatusCode();
        var reopened = await MailToAsync("petugas.dinkes.notice@kaltimprov.go.id", "membuka kembali");
        Assert.DoesNotContain(code, (reopened.TextBody ?? string.Empty) + reopened.Subject, StringComparison.Ordinal);

        // Marked read from the page: the badge goes.
        var marked = await officer.PostFormAsync("/staf/pemberitahuan", [], handler: "Read");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(0, (await (await officer.GetAsync("/api/staff/notices")).JsonAsync(HttpStatusCode.OK)).GetProperty("unread").GetInt32());
        Assert.Matches("href=\"/staf/pemberitahuan\"[^>]*>Pemberitahuan</a>", await officer.GetStringAsync("/staf/aspirasi"));

        // Another officer reads only their own notices.
        var stranger = Officer(portal, Guid.NewGuid(), dinkes);
        Assert.Empty((await (await stranger.GetAsync("/api/staff/notices")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task An_officer_on_the_daily_digest_gets_one_morning_mail_with_the_dispatch_and_the_deadline_two_working_days_away()
    {
        // Monday 14 December 2026, 09:00 WITA: a report dispatched now is due Monday 21 December.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 14, 1, 0, 0, TimeSpan.Zero));
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var mainOffice = host.As(Roles.MainOffice);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        const string email = "petugas.ringkasan@kaltimprov.go.id";
        var officerId = await OfficerAsync(host, email, dinkes);
        var officer = Officer(host, officerId, dinkes);
        var chosen = await (await officer.PutAsJsonAsync("/api/staff/notices/delivery", new { delivery = "dailydigest" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("DailyDigest", chosen.GetProperty("delivery").GetString());
        await (await officer.PutAsJsonAsync("/api/staff/notices/delivery", new { delivery = "weekly" })).ProblemAsync(HttpStatusCode.BadRequest);

        var code = await host.As(Roles.Citizen).SubmitAspirationAsync(Report("Ambulans desa tidak bisa dihubungi malam hari"));
        var reportId = await mainOffice.InboxIdAsync(code);
        await mainOffice.DispatchAsync(reportId);
        Assert.Equal(1, (await (await officer.GetAsync("/api/staff/notices")).JsonAsync(HttpStatusCode.OK)).GetProperty("unread").GetInt32());
        Assert.DoesNotContain(portal.SentMail(), m => IsNotice(m, email));

        // Tuesday 07:00 WITA: the digest with the dispatch.
        var first = await DigestAsync(clock, new DateTimeOffset(2026, 12, 14, 22, 58, 0, TimeSpan.Zero), email, count: 1);
        Assert.Contains("laporan baru untuk OPD Anda", first, StringComparison.Ordinal);
        Assert.DoesNotContain("batas waktu", first, StringComparison.Ordinal);

        // Wednesday: the deadline is three working days away, no warning yet.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 16, 1, 0, 0, TimeSpan.Zero));
        clock.Advance(TimeSpan.FromMinutes(6));
        await Task.Delay(500);
        Assert.Equal(0, DueSoonNotices(reportId));

        // Thursday 06:00 WITA: two working days (Friday, Monday) — warned once, however often the job runs, and not
        // by mail before the digest.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 16, 22, 0, 0, TimeSpan.Zero));
        await Eventually.Until(
            () =>
            {
                clock.Advance(TimeSpan.FromMinutes(6));
                return Task.FromResult(DueSoonNotices(reportId));
            },
            n => n > 0,
            what: "the warning two working days before the deadline");
        clock.Advance(TimeSpan.FromMinutes(6));
        await Task.Delay(500);
        Assert.Equal(1, DueSoonNotices(reportId));
        Assert.Single(portal.SentMail(), m => IsNotice(m, email));

        // Thursday 07:00 WITA: the digest with the deadline.
        var second = await DigestAsync(clock, new DateTimeOffset(2026, 12, 16, 22, 58, 0, TimeSpan.Zero), email, count: 2, earlier: first);
        Assert.Contains("batas waktu 2 hari kerja lagi", second, StringComparison.Ordinal);
        Assert.Contains("2026-12-21 23:59 WITA", second, StringComparison.Ordinal);
        Assert.DoesNotContain("laporan baru", second, StringComparison.Ordinal);
        foreach (var body in new[] { first, second })
        {
            Assert.DoesNotContain(code, body, StringComparison.Ordinal);
            Assert.DoesNotContain(PlantedName, body, StringComparison.Ordinal);
        }
    }

    /// <summary>Moves the clock to <paramref name="from"/> and on until the <paramref name="count"/>-th notice mail to the address; its body.</summary>
    private async Task<string> DigestAsync(FakeTimeProvider clock, DateTimeOffset from, string email, int count, string? earlier = null)
    {
        clock.SetUtcNow(from);
        var mails = await Eventually.Until(
            () =>
            {
                clock.Advance(TimeSpan.FromMinutes(3));
                return Task.FromResult(portal.SentMail().Where(m => IsNotice(m, email)).ToList());
            },
            found => found.Count >= count,
            what: "the morning digest");
        Assert.Equal(count, mails.Count);
        return mails.Select(m => m.TextBody ?? string.Empty).Single(body => body != earlier && (earlier is not null || count == 1));
    }

    /// <summary>A notice mail to the address (account mails, such as the invitation to set a password, aside).</summary>
    private static bool IsNotice(MimeKit.MimeMessage mail, string to) =>
        mail.To.ToString().Contains(to, StringComparison.Ordinal) && (mail.TextBody ?? string.Empty).Contains("/staf/pemberitahuan", StringComparison.Ordinal);

    private long DueSoonNotices(Guid reportId) =>
        PortalFactory.Scalar<long>(portal.DatabaseFile("aspirations"), $"SELECT COUNT(*) FROM StaffNotices WHERE Kind = 'DueSoon' AND SubmissionId = '{reportId.ToString().ToUpperInvariant()}'");

    private static object Report(string title) => new
    {
        kind = "complaint",
        title,
        description = "Warga sudah berkali-kali mengeluhkan hal ini kepada petugas tetapi belum ada perubahan berarti.",
        categoryCode = "kesehatan",
        name = PlantedName,
        email = "pelapor.pemberitahuan@example.id",
    };

    /// <summary>An agency officer created through Identity, once the Aspirations module learnt of them from its event.</summary>
    private async Task<Guid> OfficerAsync(WebApplicationFactory<Program> host, string email, Guid agency)
    {
        var id = (await (await host.As(Roles.SuperAdmin).PostAsJsonAsync("/api/admin/staff", new
        {
            email, fullName = "Petugas PPID Pembantu", roles = new[] { Roles.AgencyOfficer }, agencyIds = new[] { agency }, provinceWide = false,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Eventually.Until(
            () => Task.FromResult(PortalFactory.Scalar<long>(portal.DatabaseFile("aspirations"), $"SELECT COUNT(*) FROM StaffMembers WHERE Email = '{email}' AND IsOfficer AND IsActive")),
            n => n > 0,
            what: "the Aspirations module to learn of the officer");
        return id;
    }

    private static HttpClient Officer(WebApplicationFactory<Program> host, Guid userId, Guid agency)
    {
        var client = host.As(Roles.AgencyOfficer, agency);
        client.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, userId.ToString());
        return client;
    }

    private async Task<MimeKit.MimeMessage> MailToAsync(string email, string subject) =>
        await Eventually.Until(
            () => Task.FromResult(portal.SentMail().LastOrDefault(m => m.To.ToString().Contains(email, StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains(subject, StringComparison.Ordinal))),
            mail => mail is not null,
            what: $"the mail '{subject}' to {email}") ?? throw new InvalidOperationException();
}
