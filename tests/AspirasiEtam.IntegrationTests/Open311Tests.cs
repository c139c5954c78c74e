using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>Open311 GeoReport v2 for other civic apps, never carrying a reporter's name, email or coordinates.</summary>
public sealed class Open311Tests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Services_are_the_categories()
    {
        var services = await (await portal.CreateClient().GetAsync("/open311/v2/services.json")).JsonAsync(HttpStatusCode.OK);
        var health = services.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == "kesehatan");
        Assert.Equal("Kesehatan", health.GetProperty("service_name").GetString());
        Assert.Equal("realtime", health.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_form_encoded_request_is_accepted_and_waits_for_email_confirmation()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = "kebencanaan",
            ["description"] = "Tanggul sungai di kampung kami retak dan air mulai merembes ke rumah warga.",
            ["lat"] = "-0.502",
            ["long"] = "117.153",
            ["email"] = "open311@example.id",
            ["first_name"] = "Budi",
            ["last_name"] = "Santoso",
        });
        var created = await (await portal.CreateClient().PostAsync("/open311/v2/requests.json", form)).JsonAsync(HttpStatusCode.OK);
        var code = created[0].GetProperty("token").GetString()!;
        var tracked = await (await portal.CreateClient().GetAsync($"/api/aspirations/track/{code}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("AwaitingEmailConfirmation", tracked.GetProperty("status").GetString());
        Assert.True(tracked.GetProperty("confidential").GetBoolean());

        using var bad = new FormUrlEncodedContent(new Dictionary<string, string> { ["service_code"] = "tidak-ada", ["description"] = "x" });
        await (await portal.CreateClient().PostAsync("/open311/v2/requests.json", bad)).ProblemAsync(HttpStatusCode.BadRequest);

        // Not a form, or a form past the reader's field limit: the client's error, never a 500.
        using var json = JsonContent.Create(new { service_code = "kebencanaan" });
        Assert.NotEmpty((await (await portal.CreateClient().PostAsync("/open311/v2/requests.json", json)).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("body"));
        using var flood = new FormUrlEncodedContent(Enumerable.Range(0, 1100).Select(i => new KeyValuePair<string, string>($"f{i}", "x")));
        Assert.NotEmpty((await (await portal.CreateClient().PostAsync("/open311/v2/requests.json", flood)).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("body"));
    }

    [Fact]
    public async Task Public_requests_are_listed_without_identity_and_confidential_ones_not_at_all()
    {
        var citizen = portal.CreateClient(Roles.Citizen);
        var publicCode = await SubmitAsync(citizen, "anonymous");
        var confidentialCode = await SubmitAsync(citizen, "confidential");
        var mainOffice = portal.CreateClient(Roles.MainOffice);
        var publicId = await mainOffice.InboxIdAsync(publicCode);
        var confidentialId = await mainOffice.InboxIdAsync(confidentialCode);
        var unverified = await (await portal.CreateClient().GetAsync("/open311/v2/requests.json?service_code=lingkungan-hidup")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(unverified.EnumerateArray(), r => r.GetProperty("service_request_id").GetGuid() == publicId);
        await mainOffice.DispatchAsync(publicId, "DLH");
        await mainOffice.DispatchAsync(confidentialId, "DLH");

        var list = await (await portal.CreateClient().GetAsync("/open311/v2/requests.json?service_code=lingkungan-hidup&status=open")).JsonAsync(HttpStatusCode.OK);
        var item = list.EnumerateArray().Single(r => r.GetProperty("service_request_id").GetGuid() == publicId);
        Assert.Equal("open", item.GetProperty("status").GetString());
        Assert.DoesNotContain(list.EnumerateArray(), r => r.GetProperty("service_request_id").GetGuid() == confidentialId);
        var text = list.ToString();
        foreach (var secret in new[] { "Warga Pelapor", "pelapor.open311@example.id", publicCode, "-0.5", "117.1" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        await (await portal.CreateClient().GetAsync($"/open311/v2/requests/{publicId}.json")).JsonAsync(HttpStatusCode.OK);
        await (await portal.CreateClient().GetAsync($"/open311/v2/requests/{confidentialId}.json")).ProblemAsync(HttpStatusCode.NotFound);
        var closed = await (await portal.CreateClient().GetAsync("/open311/v2/requests.json?status=closed")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(closed.EnumerateArray(), r => r.GetProperty("service_request_id").GetGuid() == publicId);
    }

    private static Task<string> SubmitAsync(HttpClient citizen, string privacy) =>
        citizen.SubmitAspirationAsync(new
        {
            kind = "complaint",
            title = "Pembakaran sampah di lahan kosong",
            description = "Setiap sore ada pembakaran sampah di lahan kosong dekat sekolah dan asapnya masuk ke kelas.",
            categoryCode = "lingkungan-hidup",
            privacy,
            name = "Warga Pelapor",
            email = "pelapor.open311@example.id",
            latitude = -0.5,
            longitude = 117.1,
        });
}
