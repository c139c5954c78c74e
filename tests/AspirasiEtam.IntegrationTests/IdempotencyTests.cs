using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// A submission whose answer was lost can be sent again safely: the same Idempotency-Key (or the form's hidden key)
/// returns the first answer and stores nothing new — also when the copies arrive at the same moment.
/// </summary>
public sealed partial class IdempotencyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_same_key_sent_again_or_twenty_times_at_once_stores_one_report_and_answers_its_code()
    {
        var title = $"Kunci ulang {Guid.NewGuid():N}"[..30];
        var key = Guid.NewGuid().ToString();
        var citizen = portal.As(Roles.Citizen);
        var first = await SendAsync(citizen, title, key);
        var again = await SendAsync(citizen, title, key);
        Assert.Equal(first, again);
        Assert.Equal(1, Stored(title));

        var raced = $"Kunci balapan {Guid.NewGuid():N}"[..30];
        var racedKey = Guid.NewGuid().ToString();
        var codes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SendAsync(citizen, raced, racedKey)));
        Assert.Single(codes.Distinct());
        Assert.Equal(1, Stored(raced));
    }

    [Fact]
    public async Task A_key_is_the_callers_own_and_must_look_like_one()
    {
        var title = $"Kunci orang lain {Guid.NewGuid():N}"[..30];
        var key = Guid.NewGuid().ToString();
        var one = portal.As(Roles.Citizen);
        var other = portal.As(Roles.Citizen);
        other.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, Guid.NewGuid().ToString());
        Assert.NotEqual(await SendAsync(one, title, key), await SendAsync(other, title, key));
        Assert.Equal(2, Stored(title));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/aspirations") { Content = JsonContent.Create(Report(title)) };
        request.Headers.Add("Idempotency-Key", "pendek");
        var problem = await (await one.SendAsync(request)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("idempotencyKey"));
    }

    [Fact]
    public async Task The_web_form_sent_twice_stores_one_report()
    {
        var title = $"Klik dua kali {Guid.NewGuid():N}"[..30];
        var citizen = portal.As(Roles.Citizen);
        var html = await citizen.GetStringAsync("/aspirasi/baru");
        var key = SubmissionKey().Match(html).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{32}$", key);
        Dictionary<string, string> Form() => new()
        {
            ["Form.Kind"] = "Complaint",
            ["Form.Title"] = title,
            ["Form.Description"] = "Sampah menumpuk di tepi sungai sejak sebulan dan mulai berbau.",
            ["Form.CategoryCode"] = "kesehatan",
            ["Form.Confidential"] = "true",
            ["Form.SubmissionKey"] = key,
        };

        var first = await (await citizen.PostFormAsync("/aspirasi/baru", html, Form())).Content.ReadAsStringAsync();
        var second = await (await citizen.PostFormAsync("/aspirasi/baru", html, Form())).Content.ReadAsStringAsync();
        var code = TrackingCode().Match(first).Value;
        Assert.NotEmpty(code);
        Assert.Equal(code, TrackingCode().Match(second).Value);
        Assert.Equal(1, Stored(title));
    }

    [Fact]
    public async Task A_staff_step_sent_again_with_its_key_is_taken_once()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var code = await portal.As(Roles.Citizen).SubmitAspirationAsync(Report($"Langkah ulang {Guid.NewGuid():N}"[..30]));
        var id = await mainOffice.InboxIdAsync(code, "Submitted");
        await mainOffice.DispatchAsync(id, "DINKES");
        var officer = portal.As(Roles.AgencyOfficer, await mainOffice.DispatchAgencyIdAsync("DINKES"));

        async Task<HttpResponseMessage> NoteAsync(string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/aspirations/{id}/notes")
            {
                Content = JsonContent.Create(new { text = "Petugas sudah meninjau lokasi.", @internal = false }),
            };
            request.Headers.Add("Idempotency-Key", key);
            return await officer.SendAsync(request);
        }

        var key = Guid.NewGuid().ToString();
        var first = await (await NoteAsync(key)).JsonAsync(HttpStatusCode.OK);
        var again = await (await NoteAsync(key)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(first.GetProperty("timeline").GetArrayLength(), again.GetProperty("timeline").GetArrayLength());
        Assert.Equal(1, Notes(id));

        // Twenty copies of one keyed step at once: at most one is taken, the others answer 200 (found) or 409 (raced).
        var raced = Guid.NewGuid().ToString();
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => NoteAsync(raced)));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Equal(2, Notes(id));

        var problem = await (await NoteAsync("pendek")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("idempotencyKey"));
        Assert.Equal(2, Notes(id));
    }

    private long Notes(Guid id) => PortalFactory.Scalar<long>(
        portal.DatabaseFile("aspirations"),
        $"SELECT COUNT(*) FROM TimelineEntries WHERE upper(SubmissionId) = upper('{id}') AND Text = 'Petugas sudah meninjau lokasi.'");

    private static object Report(string title) => new
    {
        kind = "complaint",
        title,
        description = "Jalan berlubang di depan sekolah membuat anak-anak jatuh dari sepeda.",
        categoryCode = "kesehatan",
        confidential = true,
    };

    private static async Task<string> SendAsync(HttpClient client, string title, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/aspirations") { Content = JsonContent.Create(Report(title)) };
        request.Headers.Add("Idempotency-Key", key);
        return (await (await client.SendAsync(request)).JsonAsync(HttpStatusCode.Created)).GetProperty("trackingCode").GetString()!;
    }

    private long Stored(string title) =>
        PortalFactory.Scalar<long>(portal.DatabaseFile("aspirations"), $"SELECT COUNT(*) FROM Submissions WHERE Title = '{title}'");

    [GeneratedRegex("name=\"Form.SubmissionKey\" value=\"([^\"]+)\"")]
    private static partial Regex SubmissionKey();

    [GeneratedRegex("ASP-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{5}")]
    private static partial Regex TrackingCode();
}
