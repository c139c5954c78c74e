using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Plants a different reporter identity through every intake path — the API, the web form, staff entering a walk-in
/// report, Open311 — with both privacy choices in all four combinations (and the contact shared or not), lets PPID
/// Utama verify and dispatch them all, then hunts for every identity and tracking code in every public page and
/// answer, the handling agency's and another agency's views, the emails and the log. Only PPID Utama sees an
/// identity whole, which the test also checks, so the plants are known to be there.
/// </summary>
public sealed class PrivacyHuntTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private sealed record Plant(string Path, bool Anonymous, bool Confidential, bool ContactShared, string Name, string Email, string Phone)
    {
        public string Code { get; set; } = string.Empty;

        public Guid Id { get; set; }

        public string Title => $"Laporan uji privasi {Path} {(Anonymous ? "anonim" : "bernama")} {(Confidential ? "rahasia" : "publik")}";
    }

    [Fact]
    public async Task A_planted_identity_reaches_no_one_the_reporter_did_not_choose()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var dishub = await mainOffice.DispatchAgencyIdAsync("DISHUB");
        var plants = new List<Plant>();
        var n = 0;
        Plant NewPlant(string path, bool anonymous, bool confidential, bool shared)
        {
            n++;
            var plant = new Plant(path, anonymous, confidential, shared, $"Tertanam{n} Rahasiawati", $"tertanam{n}.rahasia@example.id", $"0811-5550-{n:0000}");
            plants.Add(plant);
            return plant;
        }

        foreach (var (anonymous, confidential) in new[] { (false, false), (false, true), (true, false), (true, true) })
        {
            var viaApi = NewPlant("api", anonymous, confidential, shared: !anonymous && confidential);
            viaApi.Code = await portal.As(Roles.Citizen).SubmitAspirationAsync(Report(viaApi, new { anonymous, confidential, shareContact = viaApi.ContactShared }));
            var viaStaff = NewPlant("loket", anonymous, confidential, shared: !anonymous && !confidential);
            viaStaff.Code = await mainOffice.SubmitAspirationAsync(Report(viaStaff, new { anonymous, confidential, shareContact = viaStaff.ContactShared, channel = "walkin" }));
            var viaForm = NewPlant("formulir", anonymous, confidential, shared: false);
            viaForm.Code = await SubmitThroughTheFormAsync(viaForm);
        }

        var viaOpen311 = NewPlant("open311", anonymous: false, confidential: true, shared: false);
        viaOpen311.Code = await SubmitThroughOpen311Async(viaOpen311);

        foreach (var plant in plants)
        {
            plant.Id = await mainOffice.InboxIdAsync(plant.Code, "Submitted");
            await mainOffice.DispatchAsync(plant.Id);
        }

        // PPID Utama sees each reporter whole: the plants are really there.
        foreach (var plant in plants)
        {
            var view = await mainOffice.GetStringAsync($"/api/staff/aspirations/{plant.Id}");
            Assert.Contains(plant.Email, view, StringComparison.Ordinal);
            Assert.Contains(plant.Name, view, StringComparison.Ordinal);
        }

        var visitor = portal.CreateClient();
        var officer = portal.As(Roles.AgencyOfficer, dinkes);
        var supervisor = portal.As(Roles.Supervisor, dinkes);
        var foreignOfficer = portal.As(Roles.AgencyOfficer, dishub);
        var publicPlaces = new Dictionary<string, string>
        {
            ["home page"] = await visitor.GetStringAsync("/"),
            ["feed page"] = await visitor.GetStringAsync("/aspirasi"),
            ["feed API"] = await visitor.GetStringAsync("/api/aspirations?pageSize=100"),
            ["counts API"] = await visitor.GetStringAsync("/api/aspirations/counts"),
            ["Open311 list"] = await visitor.GetStringAsync("/open311/v2/requests.json"),
        };
        var agencyLists = new Dictionary<string, string>
        {
            ["agency inbox API"] = await officer.GetStringAsync("/api/staff/aspirations?pageSize=100"),
            ["agency inbox page"] = await officer.GetStringAsync("/staf/aspirasi"),
            ["supervisor's view"] = await supervisor.GetStringAsync("/api/staff/aspirations?pageSize=100"),
        };
        var foreignPlaces = new Dictionary<string, string>
        {
            ["other agency inbox API"] = await foreignOfficer.GetStringAsync("/api/staff/aspirations?pageSize=100"),
            ["other agency inbox page"] = await foreignOfficer.GetStringAsync("/staf/aspirasi"),
        };
        foreach (var plant in plants)
        {
            publicPlaces[$"Open311 item of {plant.Title}"] = await (await visitor.GetAsync($"/open311/v2/requests/{plant.Id}.json")).Content.ReadAsStringAsync();
            foreignPlaces[$"other agency's detail of {plant.Title}"] = await (await foreignOfficer.GetAsync($"/api/staff/aspirations/{plant.Id}")).Content.ReadAsStringAsync();
            foreignPlaces[$"other agency's page of {plant.Title}"] = await (await foreignOfficer.GetAsync($"/staf/aspirasi/{plant.Id}")).Content.ReadAsStringAsync();
        }

        var everyCode = plants.Select(p => p.Code).ToArray();
        foreach (var plant in plants)
        {
            var identity = new[] { plant.Name, plant.Email, plant.Phone };

            // The public never sees an identity or a code; a confidential report not even its title.
            foreach (var (place, content) in publicPlaces)
            {
                AssertAbsent(place, content, [.. identity, .. everyCode]);
                if (plant.Confidential)
                {
                    AssertAbsent(place, content, plant.Title);
                }
            }

            // The reporter's own tracking pages show the report, never the identity.
            foreach (var path in new[] { $"/api/aspirations/track/{plant.Code}", $"/lacak/{plant.Code}", $"/lacak/{plant.Code}/tanda-terima" })
            {
                AssertAbsent($"tracking {path}", await visitor.GetStringAsync(path), identity);
            }

            // The handling agency: the name unless anonymous, the contact only with consent, never the code.
            var agencyPlaces = new Dictionary<string, string>(agencyLists)
            {
                ["agency detail API"] = await officer.GetStringAsync($"/api/staff/aspirations/{plant.Id}"),
                ["agency handling page"] = await officer.GetStringAsync($"/staf/aspirasi/{plant.Id}"),
                ["supervisor's detail"] = await supervisor.GetStringAsync($"/api/staff/aspirations/{plant.Id}"),
            };
            string[] hiddenFromAgency = plant.Anonymous ? identity : plant.ContactShared ? [] : [plant.Email, plant.Phone];
            foreach (var (place, content) in agencyPlaces)
            {
                AssertAbsent($"{place} ({plant.Title})", content, [.. hiddenFromAgency, .. everyCode]);
            }

            if (!plant.Anonymous)
            {
                Assert.Contains(plant.Name, agencyPlaces["agency detail API"], StringComparison.Ordinal);
            }

            if (plant.ContactShared)
            {
                Assert.Contains(plant.Email, agencyPlaces["agency detail API"], StringComparison.Ordinal);
            }

            foreach (var (place, content) in foreignPlaces)
            {
                AssertAbsent(place, content, [.. identity, .. everyCode]);
            }

            // A mail names only its own recipient; the log names no one and carries no code.
            foreach (var mail in portal.SentMail().Where(m => !m.To.ToString().Contains(plant.Email, StringComparison.OrdinalIgnoreCase)))
            {
                AssertAbsent($"mail to {mail.To}", $"{mail.Subject} {mail.TextBody} {mail.HtmlBody}", [.. identity, plant.Code]);
            }

            AssertAbsent("the log", string.Join('\n', portal.Logs.Lines), [.. identity, plant.Code]);
        }

        // A public report went public only once dispatched; a confidential one never.
        Assert.Contains(plants.First(p => !p.Confidential).Title, publicPlaces["feed API"], StringComparison.Ordinal);
        Assert.Contains(portal.SentMail(), m => m.To.ToString().Contains(plants[0].Email, StringComparison.Ordinal));
        Assert.NotEmpty(portal.Logs.Lines);
    }

    [Fact]
    public async Task Names_typed_into_a_public_report_are_redacted_before_it_goes_public()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var code = await portal.As(Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "complaint",
            title = "Pungutan oleh petugas Darmawan Sutikno",
            description = "Petugas bernama Darmawan Sutikno di loket meminta uang tambahan kepada saya, Wulan Kartika, tetangga saya.",
            categoryCode = "kesehatan",
            confidential = false,
        });
        var id = await mainOffice.InboxIdAsync(code, "Submitted");
        var visitor = portal.CreateClient();
        Assert.DoesNotContain("Darmawan", await visitor.GetStringAsync("/api/aspirations?pageSize=100"), StringComparison.Ordinal);

        (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{id}/dispatch", new
        {
            agencyId = await mainOffice.DispatchAgencyIdAsync("DINKES"),
            publicTitle = "Pungutan oleh petugas loket",
            publicDescription = "Petugas di loket meminta uang tambahan kepada pelapor.",
        })).EnsureSuccessStatusCode();

        foreach (var place in new[] { "/api/aspirations?pageSize=100", "/aspirasi", "/open311/v2/requests.json", $"/open311/v2/requests/{id}.json" })
        {
            var content = await visitor.GetStringAsync(place);
            AssertAbsent(place, content, "Darmawan", "Wulan");
            Assert.Contains("meminta uang tambahan kepada pelapor", content, StringComparison.Ordinal);
        }

        // The original stays for the staff and the reporter.
        Assert.Contains("Darmawan Sutikno", await mainOffice.GetStringAsync($"/api/staff/aspirations/{id}"), StringComparison.Ordinal);
        Assert.Contains("Darmawan Sutikno", await visitor.GetStringAsync($"/api/aspirations/track/{code}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_converted_information_request_carries_the_reporters_choices_and_never_the_tracking_code()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var code = await portal.As(Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "informationrequest",
            title = "Permintaan data anggaran puskesmas",
            description = "Saya meminta salinan rincian anggaran puskesmas kecamatan untuk tahun anggaran berjalan.",
            categoryCode = "kesehatan",
            anonymous = true,
            name = "Pemohon Anonim Tertanam",
            email = "pemohon.anonim@example.id",
        });
        var id = await mainOffice.InboxIdAsync(code, "Submitted");
        (await mainOffice.PostAsync($"/api/admin/aspirations/{id}/convert", null)).EnsureSuccessStatusCode();

        var content = PortalFactory.Scalar<string>(portal.DatabaseFile("aspirations"),
            $"SELECT Content FROM OutboxMessages WHERE Type LIKE '%InformationRequestRaised%' AND Content LIKE '%{id}%'");
        var raised = System.Text.Json.JsonDocument.Parse(content).RootElement;
        Assert.True(raised.GetProperty("anonymous").GetBoolean());
        Assert.True(raised.GetProperty("confidential").GetBoolean());
        Assert.False(raised.GetProperty("contactShared").GetBoolean());
        Assert.StartsWith("LAP-", raised.GetProperty("reportNumber").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(code, content, StringComparison.Ordinal);
    }

    private static void AssertAbsent(string place, string content, params string[] planted)
    {
        foreach (var secret in planted)
        {
            Assert.False(content.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{place} shows '{secret}'");
        }
    }

    private static Dictionary<string, object?> Report(Plant plant, object choices)
    {
        var body = new Dictionary<string, object?>
        {
            ["kind"] = "complaint",
            ["title"] = plant.Title,
            ["description"] = "Kejadian ini sudah berlangsung lama dan warga sekitar sangat dirugikan setiap hari.",
            ["categoryCode"] = "kesehatan",
            ["name"] = plant.Name,
            ["email"] = plant.Email,
            ["phone"] = plant.Phone,
        };
        foreach (var property in choices.GetType().GetProperties())
        {
            body[property.Name] = property.GetValue(choices);
        }

        return body;
    }

    private async Task<string> SubmitThroughTheFormAsync(Plant plant)
    {
        var citizen = portal.As(Roles.Citizen);
        var fields = new Dictionary<string, string>
        {
            ["Form.Kind"] = "Complaint",
            ["Form.Title"] = plant.Title,
            ["Form.Description"] = "Kejadian ini sudah berlangsung lama dan warga sekitar sangat dirugikan setiap hari.",
            ["Form.CategoryCode"] = "kesehatan",
            ["Form.Name"] = plant.Name,
            ["Form.Email"] = plant.Email,
            ["Form.Phone"] = plant.Phone,
            // A browser posts a ticked box only; the form starts with "confidential" ticked.
            ["Form.Confidential"] = plant.Confidential ? "true" : "false",
        };
        if (plant.Anonymous)
        {
            fields["Form.Anonymous"] = "true";
        }

        var page = await (await citizen.PostFormAsync("/aspirasi/baru", fields)).Content.ReadAsStringAsync();
        var code = Regex.Match(page, "id=\"tracking-code\">([A-Z0-9-]+)<").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(code), "the form did not answer with a tracking code");
        return code;
    }

    private async Task<string> SubmitThroughOpen311Async(Plant plant)
    {
        var names = plant.Name.Split(' ');
        var created = await (await portal.CreateClient().PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = "kesehatan",
            ["description"] = $"{plant.Title}: kejadian ini sudah lama dan warga dirugikan.",
            ["email"] = plant.Email,
            ["first_name"] = names[0],
            ["last_name"] = names[1],
            ["phone"] = plant.Phone,
        }))).JsonAsync(HttpStatusCode.OK);
        var code = created[0].GetProperty("token").GetString()!;
        var mail = portal.SentMail().Last(m => m.To.ToString().Contains(plant.Email, StringComparison.Ordinal));
        var confirmation = Regex.Match(mail.TextBody ?? string.Empty, @"token=([A-Za-z0-9_\-]+)").Groups[1].Value;
        (await portal.CreateClient().PostAsJsonAsync("/api/aspirations/confirm", new { trackingCode = code, token = confirmation })).EnsureSuccessStatusCode();
        return code;
    }
}
