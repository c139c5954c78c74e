using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>Requests for information and objections (UU 14/2008) through the real host: registration, clocks, decisions, objections, registers.</summary>
public sealed class InformationRequestTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>A NIK and a scan name planted in a request, hunted in every public answer.</summary>
    private const string PlantedNik = "6472011234567890";
    private const string PlantedName = "Rahmawati Tertanam";

    private readonly HttpClient mainOffice = portal.As(Roles.MainOffice);
    private readonly HttpClient anonymous = portal.CreateClient();

    [Fact]
    public async Task A_request_is_numbered_receipted_by_email_and_followed_with_its_number_and_secret_code()
    {
        var receipt = await (await SubmitAsync(anonymous, agencyId: null, email: "pemohon.satu@example.id")).JsonAsync(HttpStatusCode.Created);
        var number = receipt.GetProperty("number").GetString()!;
        Assert.Matches($"^PPID/{LocalYear()}/DISKOMINFO/\\d{{6}}$", number);
        var code = receipt.GetProperty("accessCode").GetString()!;
        Assert.StartsWith("KODE-", code, StringComparison.Ordinal);
        Assert.Contains("hari kerja", receipt.GetProperty("howCountedId").GetString(), StringComparison.Ordinal);

        var mail = portal.SentMail().Single(m => m.To.ToString().Contains("pemohon.satu@example.id", StringComparison.Ordinal));
        Assert.Contains(number, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(code, mail.TextBody, StringComparison.Ordinal);

        var tracked = await (await anonymous.PostAsJsonAsync("/api/ppid/requests/track", new { number, code })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("registered", tracked.GetProperty("status").GetString());
        Assert.Equal(receipt.GetProperty("dueOn").GetString(), tracked.GetProperty("due").GetProperty("dueOn").GetString());
        Assert.DoesNotContain(PlantedNik, tracked.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedName, tracked.GetRawText(), StringComparison.Ordinal);

        // A wrong code and an unknown number answer the same 404.
        await (await anonymous.PostAsJsonAsync("/api/ppid/requests/track", new { number, code = "KODE-2222-2222" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.PostAsJsonAsync("/api/ppid/requests/track", new { number = "PPID/2026/DISKOMINFO/999999", code })).ProblemAsync(HttpStatusCode.NotFound);

        // 20 requests at once take 20 different numbers.
        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
            (await (await SubmitAsync(portal.CreateClient(), agencyId: null)).JsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()));
        Assert.Equal(20, numbers.Distinct().Count());
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_saves_nothing()
    {
        var before = Count("SELECT COUNT(*) FROM Requests");
        var problem = await (await anonymous.PostAsync("/api/ppid/requests", Form(new Dictionary<string, string>
        {
            ["applicantKind"] = "individual", ["name"] = "", ["identityNumber"] = "12345", ["address"] = "Jl. Contoh", ["informationWanted"] = "",
            ["purpose"] = "Penelitian", ["obtain"] = "telepati", ["delivery"] = "email",
        }, scan: null))).ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "name", "identityNumber", "informationWanted", "obtain", "email", "identityScan" })
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }

        // A file that is not an image or a PDF, however it is named.
        var notAScan = await (await anonymous.PostAsync("/api/ppid/requests", Form(Fields(null, "pemohon@example.id"), ("ktp.jpg", Encoding.UTF8.GetBytes("<script>alert(1)</script>")))))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(notAScan.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("identityScan", StringComparison.Ordinal));
        Assert.Equal(before, Count("SELECT COUNT(*) FROM Requests"));
    }

    [Fact]
    public async Task A_request_is_forwarded_extended_granted_in_part_for_a_fee_objected_to_and_answered_by_the_superior()
    {
        var (officer, agency) = await OfficerOfAsync("DISHUB");
        var (stranger, _) = await OfficerOfAsync("DISPORA");
        var receipt = await (await SubmitAsync(anonymous, agencyId: null, email: "pemohon.dua@example.id")).JsonAsync(HttpStatusCode.Created);
        var (id, number, code) = (receipt.GetProperty("id").GetGuid(), receipt.GetProperty("number").GetString()!, receipt.GetProperty("accessCode").GetString()!);

        // PPID Utama sees the identity; the agency's officers only once it is theirs, and others never.
        var atMainOffice = await (await mainOffice.GetAsync($"/api/staff/ppid/requests/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(PlantedNik, atMainOffice.GetProperty("identityNumber").GetString());
        await (await officer.GetAsync($"/api/staff/ppid/requests/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        var forwarded = await (await mainOffice.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/forward", new { agencyId = agency })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(agency, forwarded.GetProperty("agencyId").GetGuid());
        Assert.Equal(number, forwarded.GetProperty("number").GetString());

        var mine = await (await officer.GetAsync($"/api/staff/ppid/requests/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(PlantedNik, mine.GetProperty("identityNumber").GetString());
        Assert.True(mine.GetProperty("hasIdentityScan").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/staff/ppid/requests/{id}/identity-scan")).StatusCode);

        // Another agency's officer: every read and action is a 404, and nothing changes.
        await (await stranger.GetAsync($"/api/staff/ppid/requests/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/staff/ppid/requests/{id}/identity-scan")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/extend", new { reason = "x" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/decide", new { outcome = "granted", text = "x" })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(number, await stranger.GetStringAsync("/api/staff/ppid/requests?pageSize=200"), StringComparison.Ordinal);
        // A supervisor of the agency reads, with the name but without the identity number.
        var supervisor = portal.As(Roles.Supervisor, agency);
        var seenBySupervisor = await (await supervisor.GetAsync($"/api/staff/ppid/requests/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(PlantedName, seenBySupervisor.GetProperty("applicant").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, seenBySupervisor.GetProperty("identityNumber").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/extend", new { reason = "x" })).StatusCode);

        // An objection before the notice and before the deadline is too early.
        await (await anonymous.PostAsJsonAsync("/api/ppid/requests/objections", new { number, code, ground = "35c", reasons = "Belum dijawab" })).ProblemAsync(HttpStatusCode.Conflict);

        var extended = await (await officer.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/extend", new { reason = "Dokumen tersebar di tiga bidang." })).JsonAsync(HttpStatusCode.OK);
        Assert.True(extended.GetProperty("extended").GetBoolean());
        Assert.Equal(17, extended.GetProperty("due").GetProperty("workingDays").GetInt32());
        Assert.Equal("Extension", Assert.Single(extended.GetProperty("notices").EnumerateArray()).GetProperty("kind").GetString());
        await (await officer.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/extend", new { reason = "Lagi" })).ProblemAsync(HttpStatusCode.Conflict);

        (await officer.PostAsync($"/api/staff/ppid/requests/{id}/documents", RegisterFiles.Upload(RegisterFiles.Pdf("Jadwal angkutan umum, nama sopir dihitamkan"), "jadwal.pdf")))
            .EnsureSuccessStatusCode();
        var refusedWithoutGround = await (await officer.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/decide", new { outcome = "refused", text = "Ditolak" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(refusedWithoutGround.FieldErrors("exemptionGround"));
        var decided = await (await officer.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/decide", new
        {
            outcome = "granted-in-part", text = "Jadwal angkutan diberikan.", redactions = "Nama dan nomor telepon sopir dihitamkan.",
            exemptionGround = "17h", consequenceTest = "Membuka data pribadi sopir melanggar rahasia pribadi.", fee = 15000, feeNote = "Fotokopi 30 lembar",
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("granted-in-part", decided.GetProperty("outcome").GetString());
        Assert.Equal(2, decided.GetProperty("notices").GetArrayLength());
        await (await officer.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/decide", new { outcome = "granted", text = "Lagi" })).ProblemAsync(HttpStatusCode.Conflict);

        // The applicant reads the notice as issued; the documents wait for the fee.
        var tracked = await (await anonymous.PostAsJsonAsync("/api/ppid/requests/track", new { number, code })).JsonAsync(HttpStatusCode.OK);
        var notice = tracked.GetProperty("notices").EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "Decision");
        Assert.Contains("SURAT PEMBERITAHUAN TERTULIS", notice.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("17 huruf h", notice.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains(notice.GetProperty("number").GetString()!, notice.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.False(tracked.GetProperty("documentsReleased").GetBoolean());
        Assert.Empty(tracked.GetProperty("documents").EnumerateArray());
        Assert.True(tracked.GetProperty("mayObject").GetBoolean());

        (await officer.PostAsync($"/api/staff/ppid/requests/{id}/payment", null)).EnsureSuccessStatusCode();
        var linkMail = portal.SentMail().Last(m => m.To.ToString().Contains("pemohon.dua@example.id", StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains("Dokumen", StringComparison.Ordinal));
        var link = System.Text.RegularExpressions.Regex.Match(linkMail.TextBody ?? string.Empty, @"/ppid/permohonan/dokumen/([0-9a-f]+)").Groups[1].Value;
        var released = await (await anonymous.GetAsync($"/api/ppid/requests/documents/{link}")).JsonAsync(HttpStatusCode.OK);
        var documentId = Assert.Single(released.GetProperty("documents").EnumerateArray()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/ppid/requests/documents/{link}/{documentId}")).StatusCode);
        await (await anonymous.GetAsync($"/api/ppid/requests/documents/{link}x/{documentId}")).ProblemAsync(HttpStatusCode.NotFound);

        // The objection, then the superior's answer: officers cannot give it, another agency's superior cannot see it.
        var objection = await (await anonymous.PostAsJsonAsync("/api/ppid/requests/objections", new { number, code, ground = "35a", reasons = "Nama sopir bukan rahasia." }))
            .JsonAsync(HttpStatusCode.Created);
        var objectionNumber = objection.GetProperty("number").GetString()!;
        Assert.Matches($"^KEB/{LocalYear()}/DISHUB/\\d{{6}}$", objectionNumber);
        await (await anonymous.PostAsJsonAsync("/api/ppid/requests/objections", new { number, code, ground = "35a", reasons = "Lagi" })).ProblemAsync(HttpStatusCode.Conflict);
        // The objection keeps the request with the agency whose superior answers it.
        await (await mainOffice.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/forward", new { agencyId = (await OfficerOfAsync("DISPORA")).Agency })).ProblemAsync(HttpStatusCode.Conflict);
        var objectionId = (await (await supervisor.GetAsync("/api/staff/ppid/objections?open=true")).JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(o => o.GetProperty("number").GetString() == objectionNumber).GetProperty("id").GetGuid();
        await (await officer.PostAsJsonAsync($"/api/staff/ppid/objections/{objectionId}/decide", new { outcome = "upheld", text = "x" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await portal.As(Roles.Supervisor, (await OfficerOfAsync("DISPORA")).Agency).PostAsJsonAsync($"/api/staff/ppid/objections/{objectionId}/decide", new { outcome = "upheld", text = "x" }))
            .ProblemAsync(HttpStatusCode.NotFound);
        var answered = await (await supervisor.PostAsJsonAsync($"/api/staff/ppid/objections/{objectionId}/decide", new { outcome = "dismissed", text = "Data pribadi sopir dilindungi Pasal 17 huruf h." }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("dismissed", answered.GetProperty("outcome").GetString());
        Assert.NotEqual(JsonValueKind.Null, answered.GetProperty("commissionDeadline").ValueKind);
        var afterAnswer = await (await anonymous.PostAsJsonAsync("/api/ppid/requests/track", new { number, code })).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("Komisi Informasi", Assert.Single(afterAnswer.GetProperty("objections").EnumerateArray()).GetProperty("noticeHtml").GetString(), StringComparison.Ordinal);

        // The dispute bundle holds the chronology, the request, both notices, the objection and its answer, the register rows.
        var bundle = await officer.GetAsync($"/api/staff/ppid/requests/{id}/dispute-bundle.zip");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        using var zip = new ZipArchive(await bundle.Content.ReadAsStreamAsync());
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("00-kronologi.html", names);
        Assert.Contains("01-permohonan.html", names);
        Assert.Equal(2, names.Count(n => n.StartsWith("02-surat-", StringComparison.Ordinal)));
        Assert.Contains("03-keberatan-1.html", names);
        Assert.Contains("04-tanggapan-atasan-1.html", names);
        Assert.Contains("05-register-permohonan.csv", names);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotContain(PlantedNik, await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }

        // The registers: staff with the name, never the NIK; the public with neither.
        var staffRegister = await officer.GetStringAsync($"/api/staff/ppid/requests/register.csv?agencyId={agency}");
        Assert.Contains(number, staffRegister, StringComparison.Ordinal);
        Assert.Contains(PlantedName, staffRegister, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedNik, staffRegister, StringComparison.Ordinal);
        Assert.Contains(objectionNumber, await officer.GetStringAsync("/api/staff/ppid/requests/objections.csv"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/staff/ppid/requests/register.xlsx")).StatusCode);
        await HuntAsync(number);
    }

    [Fact]
    public async Task A_report_converted_by_PPID_Utama_becomes_one_registered_request_and_its_tracking_shows_the_number()
    {
        var trackingCode = await portal.As(Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "informationrequest", title = "Permintaan data jalan rusak", description = "Saya meminta data ruas jalan provinsi yang rusak berat tahun ini.",
            categoryCode = "infrastruktur", anonymous = true, name = "Pelapor Anonim Konversi", email = "konversi@example.id",
        });
        var reportId = await mainOffice.InboxIdAsync(trackingCode, "Submitted");
        (await mainOffice.PostAsync($"/api/admin/aspirations/{reportId}/convert", null)).EnsureSuccessStatusCode();

        var tracked = await Eventually.Until(
            async () => await (await anonymous.GetAsync($"/api/aspirations/track/{trackingCode}")).JsonAsync(HttpStatusCode.OK),
            t => t.GetProperty("informationRequestNumber").ValueKind == JsonValueKind.String,
            what: "the report's tracking to show the request number");
        var number = tracked.GetProperty("informationRequestNumber").GetString()!;
        Assert.Matches($"^PPID/{LocalYear()}/DISKOMINFO/\\d{{6}}$", number);
        Assert.Contains(number, await anonymous.GetStringAsync($"/lacak/{trackingCode}"), StringComparison.Ordinal);

        // The same event delivered again (a new message of it) registers nothing more.
        var raised = PortalFactory.Scalar<string>(portal.DatabaseFile("aspirations"),
            $"SELECT Content FROM OutboxMessages WHERE Type LIKE '%InformationRequestRaised%' AND Content LIKE '%{reportId}%'");
        var again = JsonSerializer.Deserialize<AspirasiEtam.Modules.Aspirations.Contracts.InformationRequestRaised>(raised, JsonSerializerOptions.Web)!;
        await portal.Services.GetRequiredService<MassTransit.IPublishEndpoint>().Publish(again);
        await Task.Delay(1500);
        Assert.Equal(1L, Count($"SELECT COUNT(*) FROM Requests WHERE SourceSubmissionId = '{reportId.ToString().ToUpperInvariant()}' OR SourceSubmissionId = '{reportId}'"));

        // Anonymous: PPID Utama sees the reporter, an agency it is forwarded to does not.
        var id = PortalFactory.Scalar<string>(portal.DatabaseFile("ppid"), $"SELECT Id FROM Requests WHERE Number = '{number}'");
        var requestId = Guid.Parse(id);
        Assert.Equal("Pelapor Anonim Konversi", (await (await mainOffice.GetAsync($"/api/staff/ppid/requests/{requestId}")).JsonAsync(HttpStatusCode.OK))
            .GetProperty("applicant").GetProperty("name").GetString());
        var (officer, agency) = await OfficerOfAsync("PUPR-PERA");
        (await mainOffice.PostAsJsonAsync($"/api/staff/ppid/requests/{requestId}/forward", new { agencyId = agency })).EnsureSuccessStatusCode();
        var atAgency = await (await officer.GetAsync($"/api/staff/ppid/requests/{requestId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, atAgency.GetProperty("applicant").ValueKind);
        Assert.DoesNotContain("Pelapor Anonim Konversi", atAgency.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("konversi@example.id", atAgency.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("aspiration", atAgency.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task A_signed_in_applicant_follows_the_request_from_the_account_without_the_code_and_nobody_else_does()
    {
        var me = portal.As(Roles.Citizen);
        me.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, "6a000000-0000-0000-0000-00000000a001");
        var someoneElse = portal.As(Roles.Citizen);
        someoneElse.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, "6a000000-0000-0000-0000-00000000a002");
        var number = (await (await SubmitAsync(me, agencyId: null, email: "pemohon.akun@example.id")).JsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!;

        Assert.Contains(number, await me.GetStringAsync("/ppid/permohonan/saya"), StringComparison.Ordinal);
        Assert.DoesNotContain(number, await someoneElse.GetStringAsync("/ppid/permohonan/saya"), StringComparison.Ordinal);
        Assert.Equal("registered", (await (await me.PostAsJsonAsync("/api/ppid/requests/track", new { number })).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Contains("id=\"request-number\"", await me.GetStringAsync($"/ppid/permohonan/status?nomor={Uri.EscapeDataString(number)}"), StringComparison.Ordinal);
        await (await someoneElse.PostAsJsonAsync("/api/ppid/requests/track", new { number })).ProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.PostAsJsonAsync("/api/ppid/requests/track", new { number })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("id=\"request-number\"", await someoneElse.GetStringAsync($"/ppid/permohonan/status?nomor={Uri.EscapeDataString(number)}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_request_sent_again_with_its_key_answers_the_same_receipt_and_registers_once()
    {
        var key = Guid.NewGuid().ToString("N");
        async Task<HttpResponseMessage> SendAsync()
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, "/api/ppid/requests")
            {
                Content = Form(Fields(null, "pemohon.kunci@example.id"), ("ktp.jpg", PlantedFiles.Jpeg(PlantedName))),
            };
            message.Headers.Add("Idempotency-Key", key);
            return await anonymous.SendAsync(message);
        }

        var before = Count("SELECT COUNT(*) FROM Requests");
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SendAsync()));
        var receipts = await Task.WhenAll(answers.Select(a => a.JsonAsync(HttpStatusCode.Created)));
        Assert.Single(receipts.Select(r => r.GetProperty("number").GetString()).Distinct());
        Assert.Single(receipts.Select(r => r.GetProperty("accessCode").GetString()).Distinct());
        Assert.Equal(before + 1, Count("SELECT COUNT(*) FROM Requests"));

        // Later, the same answer again; the code it gives works.
        var again = await (await SendAsync()).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(receipts[0].GetProperty("accessCode").GetString(), again.GetProperty("accessCode").GetString());
        (await anonymous.PostAsJsonAsync("/api/ppid/requests/track", new { number = again.GetProperty("number").GetString(), code = again.GetProperty("accessCode").GetString() }))
            .EnsureSuccessStatusCode();
        Assert.Equal(1, portal.SentMail().Count(m => m.To.ToString().Contains("pemohon.kunci@", StringComparison.Ordinal)));
        Assert.Equal(1L, Count($"SELECT COUNT(*) FROM Requests WHERE Number = '{again.GetProperty("number").GetString()}'"));

        // The scans of the copies that lost are not kept.
        Assert.Equal(Count("SELECT COUNT(*) FROM Requests WHERE ApplicantScanKey IS NOT NULL"),
            Directory.GetFiles(portal.DataDirectory, "*", SearchOption.AllDirectories).LongCount(f => f.Replace('\\', '/').Contains("/ppid/requests/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Twenty_extensions_decisions_and_objections_at_once_take_effect_once()
    {
        var (officer, agency) = await OfficerOfAsync("DISPERKIM");
        var receipt = await (await SubmitAsync(anonymous, agency)).JsonAsync(HttpStatusCode.Created);
        var (id, number, code) = (receipt.GetProperty("id").GetGuid(), receipt.GetProperty("number").GetString()!, receipt.GetProperty("accessCode").GetString()!);

        async Task<HttpStatusCode[]> TwentyAsync(Func<Task<HttpResponseMessage>> send) =>
            [.. (await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => send()))).Select(r => r.StatusCode)];

        var extensions = await TwentyAsync(() => officer.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/extend", new { reason = "Data tersebar." }));
        Assert.Equal(1, extensions.Count(s => s == HttpStatusCode.OK));
        Assert.All(extensions.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));

        var decisions = await TwentyAsync(() => officer.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/decide", new { outcome = "granted", text = "Diberikan." }));
        Assert.Equal(1, decisions.Count(s => s == HttpStatusCode.OK));
        Assert.All(decisions.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));

        var objections = await TwentyAsync(() => anonymous.PostAsJsonAsync("/api/ppid/requests/objections", new { number, code, ground = "35d", reasons = "Tidak sesuai permintaan." }));
        Assert.Equal(1, objections.Count(s => s == HttpStatusCode.Created));
        Assert.All(objections.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));

        var view = await (await officer.GetAsync($"/api/staff/ppid/requests/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, view.GetProperty("notices").GetArrayLength());
        Assert.Single(view.GetProperty("objections").EnumerateArray());
        Assert.Equal(1L, PortalFactory.Scalar<long>(portal.DatabaseFile("ppid"), $"SELECT COUNT(*) FROM OutboxMessages WHERE Type LIKE '%InformationRequestDecided%' AND Content LIKE '%{id}%'"));
    }

    [Fact]
    public async Task A_holiday_the_admins_add_or_remove_reaches_the_request_clocks_calendar()
    {
        long Known() => Count("SELECT COUNT(*) FROM Holidays WHERE Date = '2030-01-02'");
        Assert.Equal(0, Known());
        (await mainOffice.PostAsJsonAsync("/api/admin/holidays", new { date = "2030-01-02", kind = "collective_leave", nameId = "Cuti Bersama Uji", nameEn = "Test leave" }))
            .EnsureSuccessStatusCode();
        await Eventually.Until(() => Task.FromResult(Known()), n => n == 1, what: "the request clock's calendar to learn the new holiday");
        Assert.Equal("Cuti Bersama Uji", PortalFactory.Scalar<string>(portal.DatabaseFile("ppid"), "SELECT NameId FROM Holidays WHERE Date = '2030-01-02'"));

        (await mainOffice.DeleteAsync("/api/admin/holidays/2030-01-02")).EnsureSuccessStatusCode();
        await Eventually.Until(() => Task.FromResult(Known()), n => n == 0, what: "the request clock's calendar to forget the holiday");
        Assert.Equal(
            PortalFactory.Scalar<long>(portal.DatabaseFile("aspirations"), "SELECT COUNT(*) FROM Holidays"),
            Count("SELECT COUNT(*) FROM Holidays"));
    }

    [Fact]
    public async Task Information_not_held_is_answered_naming_who_holds_it_and_granted_in_full_with_a_document_for_free()
    {
        var (officer, agency) = await OfficerOfAsync("DISHUT");
        var notHeld = await (await SubmitAsync(anonymous, agency)).JsonAsync(HttpStatusCode.Created);
        var decided = await (await officer.PostAsJsonAsync($"/api/staff/ppid/requests/{notHeld.GetProperty("id").GetGuid()}/decide", new
        {
            outcome = "not-held", text = "Data izin pinjam pakai kawasan hutan diterbitkan kementerian.", holdingBody = "Kementerian Kehutanan", fee = 5000, feeNote = "x",
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(decided.FieldErrors("fee"));
        var answered = await (await officer.PostAsJsonAsync($"/api/staff/ppid/requests/{notHeld.GetProperty("id").GetGuid()}/decide", new
        {
            outcome = "not-held", text = "Data izin pinjam pakai kawasan hutan diterbitkan kementerian.", holdingBody = "Kementerian Kehutanan",
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("not-held", answered.GetProperty("outcome").GetString());
        var letter = (await (await anonymous.PostAsJsonAsync("/api/ppid/requests/track", new { number = notHeld.GetProperty("number").GetString(), code = notHeld.GetProperty("accessCode").GetString() }))
            .JsonAsync(HttpStatusCode.OK)).GetProperty("notices").EnumerateArray().Single().GetProperty("html").GetString()!;
        Assert.Contains("Kementerian Kehutanan", letter, StringComparison.Ordinal);
        Assert.Contains("Informasi tidak dikuasai", letter, StringComparison.Ordinal);

        // Granted in full with a document and no fee: the link comes with the notice.
        var granted = await (await SubmitAsync(anonymous, agency, "pemohon.gratis@example.id")).JsonAsync(HttpStatusCode.Created);
        var id = granted.GetProperty("id").GetGuid();
        (await officer.PostAsync($"/api/staff/ppid/requests/{id}/documents", RegisterFiles.Upload(RegisterFiles.Pdf("Peta tutupan lahan 2025"), "peta.pdf"))).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/decide", new { outcome = "granted", text = "Peta diberikan seluruhnya." })).EnsureSuccessStatusCode();
        var tracked = await (await anonymous.PostAsJsonAsync("/api/ppid/requests/track", new { number = granted.GetProperty("number").GetString(), code = granted.GetProperty("accessCode").GetString() }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.True(tracked.GetProperty("documentsReleased").GetBoolean());
        Assert.Contains("Tanpa biaya", tracked.GetProperty("notices").EnumerateArray().Single().GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains(portal.SentMail(), m => m.To.ToString().Contains("pemohon.gratis@", StringComparison.Ordinal) && (m.TextBody ?? string.Empty).Contains("/ppid/permohonan/dokumen/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Held_outside_the_province_the_request_closes_naming_the_body()
    {
        var receipt = await (await SubmitAsync(anonymous, agencyId: null)).JsonAsync(HttpStatusCode.Created);
        var id = receipt.GetProperty("id").GetGuid();
        var both = await (await mainOffice.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/forward", new { agencyId = Guid.NewGuid(), outsideBody = "BPS" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(both.FieldErrors("agencyId"));
        var closed = await (await mainOffice.PostAsJsonAsync($"/api/staff/ppid/requests/{id}/forward", new { outsideBody = "Badan Pusat Statistik Provinsi Kalimantan Timur" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("not-held", closed.GetProperty("outcome").GetString());
        Assert.Equal("Badan Pusat Statistik Provinsi Kalimantan Timur", closed.GetProperty("holdingBody").GetString());
        // Pasal 22 ayat 7 huruf c: a written notice names the body.
        var notice = (await (await anonymous.PostAsJsonAsync("/api/ppid/requests/track", new { number = receipt.GetProperty("number").GetString(), code = receipt.GetProperty("accessCode").GetString() }))
            .JsonAsync(HttpStatusCode.OK)).GetProperty("notices").EnumerateArray().Single();
        Assert.Contains("Badan Pusat Statistik Provinsi Kalimantan Timur", notice.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The planted identity appears in no public answer: pages, registers, annual report.</summary>
    private async Task HuntAsync(string number)
    {
        var year = LocalYear();
        var places = new[]
        {
            "/api/ppid/requests/register.csv", "/api/ppid/requests/objections.csv", $"/api/ppid/requests/annual-report?year={year}", "/ppid", "/",
            $"/ppid/laporan-tahunan?tahun={year}", "/ppid/permohonan", "/api/ppid/requests/suggestions?text=angkutan+umum+antarkota", "/ppid/permohonan/arsip",
        };
        foreach (var place in places)
        {
            var content = await anonymous.GetStringAsync(place);
            Assert.False(content.Contains(PlantedNik, StringComparison.Ordinal), $"{place} shows the NIK");
            Assert.False(content.Contains(PlantedName, StringComparison.Ordinal), $"{place} shows the name");
        }

        Assert.Contains(number, await anonymous.GetStringAsync("/api/ppid/requests/register.csv"), StringComparison.Ordinal);
        // The applicant agreed to the public archive: the question and the answer are there, the applicant is not.
        Assert.Contains(number, await anonymous.GetStringAsync("/ppid/permohonan/arsip"), StringComparison.Ordinal);
        var xlsx = await anonymous.GetByteArrayAsync("/api/ppid/requests/register.xlsx");
        Assert.False(RegisterFiles.RevealInZip(xlsx, PlantedNik) || RegisterFiles.RevealInZip(xlsx, PlantedName), "the public XLSX register shows the identity");
        var report = await anonymous.GetByteArrayAsync($"/api/ppid/requests/annual-report.xlsx?year={year}");
        Assert.False(RegisterFiles.RevealInZip(report, PlantedNik) || RegisterFiles.RevealInZip(report, PlantedName), "the annual report shows the identity");
    }

    private static int LocalYear() => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;

    private long Count(string sql) => PortalFactory.Scalar<long>(portal.DatabaseFile("ppid"), sql);

    internal static Dictionary<string, string> Fields(Guid? agencyId, string? email) => new()
    {
        ["applicantKind"] = "individual", ["name"] = PlantedName, ["identityNumber"] = PlantedNik, ["address"] = "Jl. Juanda No. 7, Samarinda",
        ["occupation"] = "Peneliti", ["phone"] = "081234567890", ["email"] = email ?? string.Empty,
        ["informationWanted"] = "Jadwal dan rute angkutan umum antarkota dalam provinsi tahun 2026",
        ["purpose"] = "Penelitian transportasi", ["obtain"] = "softcopy", ["delivery"] = "email", ["agencyId"] = agencyId?.ToString() ?? string.Empty,
        ["publicArchive"] = "true",
    };

    internal static MultipartFormDataContent Form(Dictionary<string, string> fields, (string Name, byte[] Content)? scan)
    {
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        if (scan is { } file)
        {
            form.Add(new ByteArrayContent(file.Content), "identityScan", file.Name);
        }

        return form;
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid? agencyId, string? email = "pemohon@example.id") =>
        client.PostAsync("/api/ppid/requests", Form(Fields(agencyId, email), ($"KTP {PlantedName}.jpg", PlantedFiles.Jpeg(PlantedName))));

    private async Task<(HttpClient Officer, Guid Agency)> OfficerOfAsync(string code)
    {
        var id = await mainOffice.PpidAgencyIdAsync(code);
        return (portal.As(Roles.AgencyOfficer, id), id);
    }
}
