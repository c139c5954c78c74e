using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Every workflow step fired 20 times at once on one report, through the real HTTP pipeline and SQLite file: one
/// request wins, the others get a 409 ProblemDetails (never a 500), the report ends in a state one step explains,
/// and each step's event is stored once.
/// </summary>
public sealed class RaceTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Racers = 20;

    [Fact]
    public async Task Twenty_dispatches_to_two_agencies_dispatch_once()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var id = await NewReportAsync();
        var agencies = new[] { await mainOffice.DispatchAgencyIdAsync("DINKES"), await mainOffice.DispatchAgencyIdAsync("DISHUB") };

        var answers = await RaceAsync(i => mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{id}/dispatch", new { agencyId = agencies[i % 2] }));

        await OneWinnerAsync(answers);
        var report = await (await mainOffice.GetAsync($"/api/staff/aspirations/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Dispatched", report.GetProperty("status").GetString());
        Assert.Equal(1, Timeline(report, "Dispatched"));
        Assert.Equal(1, Events("AspirationDispatched", id));
    }

    [Fact]
    public async Task Twenty_answers_answer_once_and_an_answer_racing_a_return_leaves_one_of_them()
    {
        var (id, officer) = await DispatchedReportAsync();
        await OneWinnerAsync(await RaceAsync(i => officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/respond", new { text = $"Jawaban nomor {i} untuk pelapor." })));
        var report = await (await officer.GetAsync($"/api/staff/aspirations/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Responded", report.GetProperty("status").GetString());
        Assert.Equal(1, Timeline(report, "Response"));
        Assert.Equal(1, Events("AspirationResponded", id));

        var (raced, rival) = await DispatchedReportAsync();
        // A return that wins takes the report out of the agency's scope: later losers find it gone (404).
        await OneWinnerAsync(
            await RaceAsync(i => i % 2 == 0
                ? rival.PostAsJsonAsync($"/api/staff/aspirations/{raced}/respond", new { text = "Sudah kami tangani minggu ini." })
                : rival.PostAsJsonAsync($"/api/staff/aspirations/{raced}/not-our-authority", new { text = "Ini kewenangan kabupaten." })),
            HttpStatusCode.Conflict,
            HttpStatusCode.NotFound);
        var after = await (await portal.As(Roles.MainOffice).GetAsync($"/api/staff/aspirations/{raced}")).JsonAsync(HttpStatusCode.OK);
        var status = after.GetProperty("status").GetString();
        if (status == "Responded")
        {
            Assert.Equal(System.Text.Json.JsonValueKind.String, after.GetProperty("agencyId").ValueKind);
            Assert.Equal(0, Timeline(after, "Returned"));
        }
        else
        {
            Assert.Equal("Submitted", status);
            Assert.Equal(0, Timeline(after, "Response"));
        }
    }

    [Fact]
    public async Task Twenty_ratings_and_twenty_reopening_replies_count_once()
    {
        var (id, officer) = await DispatchedReportAsync();
        var code = codes[id];
        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/respond", new { text = "Lampu sudah diganti kemarin sore." })).EnsureSuccessStatusCode();
        var reporter = portal.CreateClient();

        var ratings = await RaceAsync(i => reporter.PostAsJsonAsync($"/api/aspirations/track/{code}/rating", new { stars = i % 5 + 1 }));
        var winner = await OneWinnerAsync(ratings);
        var tracked = await (await reporter.GetAsync($"/api/aspirations/track/{code}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(winner % 5 + 1, tracked.GetProperty("rating").GetInt32());

        var (second, secondOfficer) = await DispatchedReportAsync();
        (await secondOfficer.PostAsJsonAsync($"/api/staff/aspirations/{second}/respond", new { text = "Sudah diperbaiki." })).EnsureSuccessStatusCode();
        await OneWinnerAsync(await RaceAsync(_ => reporter.PostAsJsonAsync($"/api/aspirations/track/{codes[second]}/reply", new { text = "Belum, masih mati.", reopen = true })));
        var reopened = await (await secondOfficer.GetAsync($"/api/staff/aspirations/{second}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, Timeline(reopened, "Reopened"));
    }

    [Fact]
    public async Task Twenty_confirmations_of_a_guest_report_submit_it_once()
    {
        var email = $"tamu-{Guid.NewGuid():N}@example.id";
        var guest = portal.CreateClient();
        var code = (await (await guest.PostAsJsonAsync("/api/aspirations", Report("Saluran air tersumbat di gang", email))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("trackingCode").GetString()!;
        var mail = await Eventually.Until(
            () => Task.FromResult(portal.SentMail().FirstOrDefault(m => m.To.ToString().Contains(email, StringComparison.Ordinal))),
            m => m is not null,
            what: "the confirmation email");
        var token = Regex.Match(mail!.TextBody ?? string.Empty, @"token=([A-Za-z0-9_\-]+)").Groups[1].Value;

        await OneWinnerAsync(await RaceAsync(_ => guest.PostAsJsonAsync("/api/aspirations/confirm", new { trackingCode = code, token })));
        var id = await portal.As(Roles.MainOffice).InboxIdAsync(code);
        Assert.Equal(1, Events("AspirationSubmitted", id));
    }

    [Fact]
    public async Task Two_hundred_supports_at_once_all_count_and_a_repeated_support_is_a_conflict()
    {
        var (id, _) = await DispatchedReportAsync(privacy: "public");
        var answers = await RaceAsync(
            _ =>
            {
                var supporter = portal.As(Roles.Citizen);
                supporter.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, Guid.NewGuid().ToString());
                return supporter.PostAsync($"/api/aspirations/{id}/support", null);
            },
            racers: 200);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(200, PortalFactory.Scalar<long>(portal.DatabaseFile("aspirations"), $"SELECT SupportCount FROM Submissions WHERE upper(Id) = upper('{id}')"));

        var repeater = portal.As(Roles.Citizen);
        repeater.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, Guid.NewGuid().ToString());
        await OneWinnerAsync(await RaceAsync(_ => repeater.PostAsync($"/api/aspirations/{id}/support", null)));
        Assert.Equal(201, PortalFactory.Scalar<long>(portal.DatabaseFile("aspirations"), $"SELECT SupportCount FROM Submissions WHERE upper(Id) = upper('{id}')"));
    }

    [Fact]
    public async Task Twenty_notes_at_once_never_share_a_timeline_number()
    {
        var (id, officer) = await DispatchedReportAsync();
        var answers = await RaceAsync(i => officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/notes", new { text = $"Catatan tindak lanjut {i}.", @internal = true }));
        foreach (var answer in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            await answer.ProblemAsync(HttpStatusCode.Conflict);
        }

        var stored = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        Assert.InRange(stored, 1, Racers);
        Assert.Equal(0, PortalFactory.Scalar<long>(
            portal.DatabaseFile("aspirations"),
            $"SELECT COUNT(*) FROM (SELECT Sequence FROM TimelineEntries WHERE upper(SubmissionId) = upper('{id}') GROUP BY Sequence HAVING COUNT(*) > 1)"));
        Assert.Equal(stored, PortalFactory.Scalar<long>(
            portal.DatabaseFile("aspirations"),
            $"SELECT COUNT(*) FROM TimelineEntries WHERE upper(SubmissionId) = upper('{id}') AND Text LIKE 'Catatan tindak lanjut%'"));
    }

    private readonly Dictionary<Guid, string> codes = [];

    private static object Report(string title, string? email = null, string privacy = "confidential") => new
    {
        kind = "complaint",
        title,
        description = "Sudah dua minggu tidak ada perbaikan dan warga terganggu setiap hari.",
        categoryCode = "kesehatan",
        privacy,
        email,
    };

    private async Task<Guid> NewReportAsync(string privacy = "confidential")
    {
        var code = await portal.As(Roles.Citizen).SubmitAspirationAsync(Report($"Laporan balapan {Guid.NewGuid():N}"[..30], privacy: privacy));
        var id = await portal.As(Roles.MainOffice).InboxIdAsync(code, "Submitted");
        codes[id] = code;
        return id;
    }

    private async Task<(Guid Id, HttpClient Officer)> DispatchedReportAsync(string privacy = "confidential")
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var id = await NewReportAsync(privacy);
        await mainOffice.DispatchAsync(id, "DINKES");
        return (id, portal.As(Roles.AgencyOfficer, await mainOffice.DispatchAgencyIdAsync("DINKES")));
    }

    /// <summary>Starts every request before any is awaited, so they reach the server together.</summary>
    private static async Task<HttpResponseMessage[]> RaceAsync(Func<int, Task<HttpResponseMessage>> request, int racers = Racers)
    {
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, racers).Select(async i =>
        {
            await start.WaitAsync();
            return await request(i);
        }).ToList();
        start.Release(racers);
        return await Task.WhenAll(tasks);
    }

    /// <summary>Exactly one answer is a success; every other one a 409 (or <paramref name="loserStatuses"/>) ProblemDetails. Returns the winner's index.</summary>
    private static async Task<int> OneWinnerAsync(HttpResponseMessage[] answers, params HttpStatusCode[] loserStatuses)
    {
        loserStatuses = loserStatuses.Length == 0 ? [HttpStatusCode.Conflict] : loserStatuses;
        var summary = string.Join(", ", answers.Select(a => (int)a.StatusCode));
        var winners = answers.Select((a, i) => (a, i)).Where(x => x.a.IsSuccessStatusCode).ToList();
        Assert.True(winners.Count == 1, $"expected one success, got: {summary}");
        foreach (var loser in answers.Where(a => !a.IsSuccessStatusCode))
        {
            Assert.Contains(loser.StatusCode, loserStatuses);
            await loser.ProblemAsync(loser.StatusCode);
        }

        return winners[0].i;
    }

    private static int Timeline(System.Text.Json.JsonElement report, string kind) =>
        report.GetProperty("timeline").EnumerateArray().Count(e => e.GetProperty("kind").GetString() == kind);

    private long Events(string type, Guid id) => PortalFactory.Scalar<long>(
        portal.DatabaseFile("aspirations"),
        $"SELECT COUNT(*) FROM OutboxMessages WHERE Type LIKE '%.{type},%' AND Content LIKE '%{id}%'");
}
