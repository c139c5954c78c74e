using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>The PPID register (DIP): scope, lifecycle, documents, search and the exempt list, through the real host.</summary>
public sealed class PublicInformationRegisterTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly HttpClient mainOffice = portal.CreateClient(Roles.MainOffice);
    private readonly HttpClient anonymous = portal.CreateClient();

    [Fact]
    public async Task An_entry_is_numbered_per_agency_and_year_and_public_only_once_published()
    {
        var (officer, agency) = await OfficerOfAsync("DISPAR");
        var entry = await DraftAsync(officer, agency, "Kalender event pariwisata", tags: ["pariwisata", "event"]);
        var year = DateTime.UtcNow.Year;
        Assert.Matches($"^DIP/{year}/DISPAR/\\d{{4}}$", entry.GetProperty("number").GetString());
        Assert.Equal("Draft", entry.GetProperty("status").GetString());
        var id = entry.GetProperty("id").GetGuid();

        await (await anonymous.GetAsync($"/api/ppid/entries/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/ppid/informasi/{id}")).StatusCode);
        Assert.Empty(await SearchAsync("kalender"));

        var published = await (await officer.PostAsync($"/api/staff/ppid/entries/{id}/publish", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Published", published.GetProperty("status").GetString());
        var page = await anonymous.GetStringAsync($"/ppid/informasi/{id}");
        Assert.Contains("Kalender event pariwisata", page, StringComparison.Ordinal);
        Assert.Contains("itemtype=\"https://schema.org/Dataset\"", page, StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(await SearchAsync("kalender")).GetProperty("id").GetGuid());
        foreach (var url in new[] { "/ppid/atom.xml", "/ppid/atom.xml?agency=DISPAR&category=berkala", "/sitemap.xml", "/" })
        {
            Assert.Contains($"/ppid/informasi/{id}", await anonymous.GetStringAsync(url), StringComparison.Ordinal);
        }

        var feed = System.Xml.Linq.XDocument.Parse(await anonymous.GetStringAsync("/ppid/atom.xml?agency=DISPAR"));
        Assert.Equal("Kalender event pariwisata", feed.Descendants("{http://www.w3.org/2005/Atom}entry").Single().Element("{http://www.w3.org/2005/Atom}title")!.Value);
        Assert.Empty(System.Xml.Linq.XDocument.Parse(await anonymous.GetStringAsync("/ppid/atom.xml?agency=DISPAR&category=serta-merta")).Descendants("{http://www.w3.org/2005/Atom}entry"));

        // Publishing twice is a conflict, not a second publication.
        await (await officer.PostAsync($"/api/staff/ppid/entries/{id}/publish", null)).ProblemAsync(HttpStatusCode.Conflict);

        var withdrawn = await (await officer.PostAsJsonAsync($"/api/staff/ppid/entries/{id}/withdraw", new { reason = "Diganti kalender 2027" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Empty(await SearchAsync("kalender"));
        await (await anonymous.GetAsync($"/api/ppid/entries/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain($"/ppid/informasi/{id}", await anonymous.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/ppid/informasi/{id}", await anonymous.GetStringAsync("/ppid/atom.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officers_work_only_on_their_own_agencies_registers_and_PPID_Utama_on_all()
    {
        var (officerA, agencyA) = await OfficerOfAsync("DISPORA");
        var (officerB, agencyB) = await OfficerOfAsync("DPK");
        var draftB = (await DraftAsync(officerB, agencyB, "Jadwal layanan perpustakaan keliling")).GetProperty("id").GetGuid();
        var publishedB = (await DraftAsync(officerB, agencyB, "Koleksi arsip statis")).GetProperty("id").GetGuid();
        (await officerB.PostAsync($"/api/staff/ppid/entries/{publishedB}/publish", null)).EnsureSuccessStatusCode();
        var pdf = RegisterFiles.Pdf("arsip");

        // Every operation of officer A on agency B's entries: 404, and nothing changes.
        await (await officerA.PostAsJsonAsync("/api/staff/ppid/entries", Fields(agencyB, "Menyusup"))).ProblemAsync(HttpStatusCode.NotFound);
        await (await officerA.GetAsync($"/api/staff/ppid/entries/{draftB}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await officerA.PutAsJsonAsync($"/api/staff/ppid/entries/{draftB}", Fields(agencyB, "Diubah"))).ProblemAsync(HttpStatusCode.NotFound);
        await (await officerA.PostAsync($"/api/staff/ppid/entries/{draftB}/publish", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await officerA.PostAsJsonAsync($"/api/staff/ppid/entries/{publishedB}/withdraw", new { reason = "x" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await officerA.PostAsJsonAsync($"/api/staff/ppid/entries/{draftB}/exempt", Exemption())).ProblemAsync(HttpStatusCode.NotFound);
        await (await officerA.PostAsync($"/api/staff/ppid/entries/{draftB}/documents", RegisterFiles.Upload(pdf, "a.pdf"))).ProblemAsync(HttpStatusCode.NotFound);
        var listA = await (await officerA.GetAsync("/api/staff/ppid/entries?pageSize=100")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(listA.GetProperty("items").EnumerateArray(), e => e.GetProperty("agencyId").GetGuid() == agencyB);

        var b = await (await officerB.GetAsync($"/api/staff/ppid/entries/{draftB}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Jadwal layanan perpustakaan keliling", b.GetProperty("title").GetString());
        Assert.Equal("Draft", b.GetProperty("status").GetString());
        Assert.Equal(0, b.GetProperty("documents").GetArrayLength());

        // A supervisor of the agency reads but does not write; a citizen does neither.
        var supervisor = portal.As(Roles.Supervisor, agencyB);
        (await supervisor.GetAsync($"/api/staff/ppid/entries/{draftB}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsync($"/api/staff/ppid/entries/{draftB}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await portal.CreateClient(Roles.Citizen).GetAsync("/api/staff/ppid/entries")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/staff/ppid/entries", Fields(agencyB, "x"))).StatusCode);

        // PPID Utama works on any agency's register.
        (await mainOffice.PutAsJsonAsync($"/api/staff/ppid/entries/{draftB}", Fields(agencyB, "Jadwal perpustakaan keliling 2026"))).EnsureSuccessStatusCode();
        (await mainOffice.PostAsync($"/api/staff/ppid/entries/{draftB}/publish", null)).EnsureSuccessStatusCode();
        Assert.Single(await SearchAsync("perpustakaan keliling"));
    }

    [Fact]
    public async Task A_word_found_only_inside_a_document_finds_the_entry_highlighted_with_facets()
    {
        var (officer, agency) = await OfficerOfAsync("DISBUN");
        var id = (await DraftAsync(officer, agency, "Statistik perkebunan", tags: ["sawit"])).GetProperty("id").GetGuid();
        var withDocument = await (await officer.PostAsync($"/api/staff/ppid/entries/{id}/documents",
            RegisterFiles.Upload(RegisterFiles.Pdf("Produksi kelapa sawit rakyat naik: tandan buah segar Kutai Timur"), "statistik 2025.pdf"))).JsonAsync(HttpStatusCode.OK);
        var document = Assert.Single(withDocument.GetProperty("documents").EnumerateArray());
        Assert.Equal("statistik 2025.pdf", document.GetProperty("fileName").GetString());
        Assert.Empty(await SearchAsync("tandan"));

        (await officer.PostAsync($"/api/staff/ppid/entries/{id}/publish", null)).EnsureSuccessStatusCode();
        var hit = Assert.Single(await SearchAsync("tandan buah"));
        Assert.Equal(id, hit.GetProperty("id").GetGuid());
        Assert.Contains("<mark>tandan</mark>", hit.GetProperty("snippetHtml").GetString(), StringComparison.OrdinalIgnoreCase);

        var page = await (await anonymous.GetAsync("/api/ppid/entries?q=tandan")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(page.GetProperty("facets").GetProperty("agencies").EnumerateArray(),
            f => f.GetProperty("value").GetString() == "DISBUN" && f.GetProperty("name").GetString() == "Dinas Perkebunan" && f.GetProperty("count").GetInt32() == 1);
        Assert.Contains(page.GetProperty("facets").GetProperty("categories").EnumerateArray(), f => f.GetProperty("value").GetString() == "berkala" && !f.TryGetProperty("name", out _));

        // The citizen's page: the hit, highlighted, and the document downloadable as a file.
        var html = await anonymous.GetStringAsync("/ppid?q=tandan");
        Assert.Contains($"/ppid/informasi/{id}", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/ppid/DISBUN?q=tandan\">Dinas Perkebunan</a> (1)", html, StringComparison.Ordinal);
        Assert.Contains("<mark>tandan</mark>", html, StringComparison.OrdinalIgnoreCase);
        var download = await anonymous.GetAsync($"/api/ppid/entries/{id}/documents/{document.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        // Search syntax typed by a citizen is words, never engine syntax.
        foreach (var odd in new[] { "\"", "tandan OR", "NEAR(", "*", "title:x", "a' OR 1=1 --" })
        {
            (await anonymous.GetAsync($"/api/ppid/entries?q={Uri.EscapeDataString(odd)}")).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Pages_of_the_register_follow_a_cursor_without_repeats_or_gaps()
    {
        var (officer, agency) = await OfficerOfAsync("DKP");
        var ids = new HashSet<Guid>();
        for (var i = 0; i < 23; i++)
        {
            var id = (await DraftAsync(officer, agency, $"Data tangkapan ikan triwulan {i}")).GetProperty("id").GetGuid();
            (await officer.PostAsync($"/api/staff/ppid/entries/{id}/publish", null)).EnsureSuccessStatusCode();
            ids.Add(id);
        }

        foreach (var query in new[] { "agency=DKP", "q=tangkapan+ikan" })
        {
            var seen = new List<Guid>();
            string? after = null;
            do
            {
                var page = await (await anonymous.GetAsync($"/api/ppid/entries?{query}&pageSize=10" + (after is null ? "" : $"&after={after}"))).JsonAsync(HttpStatusCode.OK);
                Assert.True(page.GetProperty("items").GetArrayLength() > 0 || after is not null, $"{query}: {page}");
                seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
                after = page.GetProperty("next").ValueKind == JsonValueKind.String ? page.GetProperty("next").GetString() : null;
            }
            while (after is not null);

            Assert.Equal(seen.Count, seen.Distinct().Count());
            Assert.True(ids.SetEquals(seen), $"{query}: {seen.Count} of {ids.Count}");
        }

        // The agency's register page lists its entries; an unknown agency is a 404 page.
        var agencyPage = await anonymous.GetStringAsync("/ppid/DKP");
        Assert.Equal(20, Regex.Matches(agencyPage, "href=\"/ppid/informasi/").Count);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/ppid/TIDAK-ADA")).StatusCode);

        var bad = await (await anonymous.GetAsync("/api/ppid/entries?after=bm90LWEtY3Vyc29y&category=rahasia")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.FieldErrors("after"));
        Assert.NotEmpty(bad.FieldErrors("category"));
    }

    [Fact]
    public async Task Words_found_in_more_entries_than_the_rank_window_rank_the_newest_and_count_them_all()
    {
        // A window of 5 instead of 5,000: the same rule at a test's size.
        await using var host = portal.WithWebHostBuilder(b => b.UseSetting("Ppid:Search:RankWindow", "5"));
        var agency = await host.As(Roles.MainOffice).PpidAgencyIdAsync("DPMPTSP");
        var officer = host.As(Roles.AgencyOfficer, agency);
        var ids = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            var id = (await DraftAsync(officer, agency, $"Izin usaha perahu jukung seri{i}")).GetProperty("id").GetGuid();
            (await officer.PostAsync($"/api/staff/ppid/entries/{id}/publish", null)).EnsureSuccessStatusCode();
            ids.Add(id);
        }

        var citizen = host.CreateClient();
        var seen = new List<Guid>();
        string? after = null;
        do
        {
            var page = await (await citizen.GetAsync("/api/ppid/entries?q=jukung&pageSize=2" + (after is null ? "" : $"&after={after}"))).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(5, page.GetProperty("rankedAmongNewest").GetInt32());
            Assert.Contains(page.GetProperty("facets").GetProperty("agencies").EnumerateArray(), f => f.GetProperty("value").GetString() == "DPMPTSP" && f.GetProperty("count").GetInt32() == 8);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
            after = page.GetProperty("next").ValueKind == JsonValueKind.String ? page.GetProperty("next").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.True(ids.Skip(3).ToHashSet().SetEquals(seen), $"ranked {seen.Count}: the newest five are expected");

        // Words found in fewer entries than the window rank them all; the citizen's page says when it ranked only the newest.
        var few = await (await citizen.GetAsync("/api/ppid/entries?q=jukung+seri7")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(ids[7], Assert.Single(few.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.False(few.TryGetProperty("rankedAmongNewest", out var window) && window.ValueKind != JsonValueKind.Null, $"{few}");
        Assert.Contains("dipilih dari 5 informasi terbaru", await citizen.GetStringAsync("/ppid?q=jukung"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exempt_content_never_reaches_a_public_page_search_or_API_but_its_listing_does()
    {
        const string Secret = "HargaPerkiraanSendiriRahasia";
        var (officer, agency) = await OfficerOfAsync("ESDM");
        var id = (await DraftAsync(officer, agency, "Dokumen lelang wilayah tambang", summary: $"Ringkasan {Secret}", tags: ["lelang"])).GetProperty("id").GetGuid();
        (await officer.PostAsync($"/api/staff/ppid/entries/{id}/documents", RegisterFiles.Upload(RegisterFiles.Pdf($"Isi {Secret} tambang"), "lelang.pdf"))).EnsureSuccessStatusCode();
        (await officer.PostAsync($"/api/staff/ppid/entries/{id}/publish", null)).EnsureSuccessStatusCode();
        var documentId = (await (await officer.GetAsync($"/api/staff/ppid/entries/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("documents")[0].GetProperty("id").GetGuid();
        Assert.Single(await SearchAsync(Secret));

        var exempt = await (await officer.PostAsJsonAsync($"/api/staff/ppid/entries/{id}/exempt", Exemption())).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Exempt", exempt.GetProperty("status").GetString());
        Assert.Equal("17b", exempt.GetProperty("exemption").GetProperty("ground").GetString());

        // The list shows what is withheld, on which ground, until when and by whose decision.
        var list = await (await anonymous.GetAsync("/api/ppid/exempt?agency=ESDM")).JsonAsync(HttpStatusCode.OK);
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal("Dokumen lelang wilayah tambang", item.GetProperty("title").GetString());
        Assert.Equal("SK PPID 7/2026", item.GetProperty("decidedBy").GetString());
        var exemptPage = await anonymous.GetStringAsync("/ppid/dikecualikan");
        Assert.Contains("Dokumen lelang wilayah tambang", exemptPage, StringComparison.Ordinal);

        // The content is nowhere public.
        var publicAnswers = new[]
        {
            $"/api/ppid/entries/{id}", $"/ppid/informasi/{id}", $"/api/ppid/entries/{id}/documents/{documentId}",
            $"/api/ppid/entries?q={Secret}", "/api/ppid/entries?agency=ESDM", "/api/ppid/exempt", "/ppid", "/ppid/ESDM",
            "/ppid?q=tambang", "/ppid/dikecualikan", "/", "/openapi/v1.json", "/ppid/atom.xml", "/ppid/atom.xml?agency=ESDM", "/sitemap.xml",
        };
        foreach (var url in publicAnswers)
        {
            var body = await (await anonymous.GetAsync(url)).Content.ReadAsByteArrayAsync();
            Assert.False(PlantedFiles.Reveal(body, id.ToString()), $"{url} links the exempt entry");
            Assert.False(PlantedFiles.Reveal(body, Secret), $"{url} reveals the exempt content");
            Assert.False(PlantedFiles.Reveal(body, "membuka harga"), $"{url} reveals the consequence test");
        }

        // Another agency's officer cannot read it either; its own agency and PPID Utama can.
        var (other, _) = await OfficerOfAsync("DLH");
        await (await other.GetAsync($"/api/staff/ppid/entries/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/staff/ppid/entries/{id}/documents/{documentId}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains(Secret, await (await mainOffice.GetAsync($"/api/staff/ppid/entries/{id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/staff/ppid/entries/{id}/documents/{documentId}")).StatusCode);
    }

    [Fact]
    public async Task Documents_are_judged_by_content_and_leave_without_their_makers_names()
    {
        const string Maker = "Bambang Sutrisno Pembuat";
        var (officer, agency) = await OfficerOfAsync("DISPERINDAG");
        var id = (await DraftAsync(officer, agency, "Harga bahan pokok")).GetProperty("id").GetGuid();
        async Task<JsonElement> Upload(byte[] content, string name, HttpStatusCode expected) =>
            expected == HttpStatusCode.OK
                ? await (await officer.PostAsync($"/api/staff/ppid/entries/{id}/documents", RegisterFiles.Upload(content, name))).JsonAsync(expected)
                : await (await officer.PostAsync($"/api/staff/ppid/entries/{id}/documents", RegisterFiles.Upload(content, name))).ProblemAsync(expected);

        // Refused: a text file named .pdf, a macro-enabled Word file, a file over 20 MB.
        Assert.NotEmpty((await Upload("bukan pdf"u8.ToArray(), "harga.pdf", HttpStatusCode.BadRequest)).FieldErrors("file[0]"));
        Assert.Contains("makro", (await Upload(RegisterFiles.Docx("isi", Maker, macroEnabled: true), "harga.docx", HttpStatusCode.BadRequest)).FieldErrors("file[0]")[0], StringComparison.Ordinal);
        var oversized = new byte[(20 * 1024 * 1024) + 10];
        "%PDF-"u8.CopyTo(oversized);
        var tooLarge = await officer.PostAsync($"/api/staff/ppid/entries/{id}/documents", RegisterFiles.Upload(oversized, "besar.pdf"));
        Assert.True(tooLarge.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{tooLarge.StatusCode}");

        // Accepted and cleaned: PDF, DOCX, XLSX; names without folders or a second extension.
        var pdf = await Upload(RegisterFiles.Pdf("harga beras medium", author: Maker), "../../etc/harga.pdf.exe", HttpStatusCode.OK);
        var docx = await Upload(RegisterFiles.Docx("harga minyak goreng", Maker), "C:\\Users\\bambang\\harga minyak.docx", HttpStatusCode.OK);
        var xlsx = await Upload(RegisterFiles.Xlsx("harga gula pasir", Maker), "harga gula.xlsx", HttpStatusCode.OK);
        var documents = xlsx.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(3, documents.Count);
        Assert.Equal(["harga gula.xlsx", "harga minyak.docx", "harga-pdf.pdf"], documents.Select(d => d.GetProperty("fileName").GetString()!).Order(StringComparer.Ordinal).ToArray());
        foreach (var document in documents)
        {
            var stored = await (await officer.GetAsync($"/api/staff/ppid/entries/{id}/documents/{document.GetProperty("id").GetGuid()}")).Content.ReadAsByteArrayAsync();
            var reveals = document.GetProperty("contentType").GetString() == "application/pdf" ? PlantedFiles.Reveal(stored, Maker) : RegisterFiles.RevealInZip(stored, Maker);
            Assert.False(reveals, $"{document.GetProperty("fileName").GetString()} still names its maker");
        }

        // A new version of a document keeps the earlier one; the published entry's readers see it in the history.
        (await officer.PostAsync($"/api/staff/ppid/entries/{id}/publish", null)).EnsureSuccessStatusCode();
        var pdfSeries = pdf.GetProperty("documents")[0].GetProperty("series").GetInt32();
        var versioned = await (await officer.PostAsync($"/api/staff/ppid/entries/{id}/documents?series={pdfSeries}", RegisterFiles.Upload(RegisterFiles.Pdf("harga beras premium"), "harga.pdf"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, versioned.GetProperty("documents").GetArrayLength());
        var read = await (await anonymous.GetAsync($"/api/ppid/entries/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(read.GetProperty("documents").EnumerateArray(), d => d.GetProperty("series").GetInt32() == pdfSeries && d.GetProperty("version").GetInt32() == 2);
        Assert.Equal("DocumentVersionAdded", read.GetProperty("history")[0].GetProperty("kind").GetString());
        Assert.DoesNotContain("\"by\"", read.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Single(await SearchAsync("premium"));
        Assert.Single(await SearchAsync("minyak goreng"));
    }

    [Fact]
    public async Task Twenty_drafts_at_once_for_one_agency_take_twenty_numbers()
    {
        var (officer, agency) = await OfficerOfAsync("DPKH");
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => officer.PostAsJsonAsync("/api/staff/ppid/entries", Fields(agency, $"Data ternak {i}"))));
        var numbers = new List<string>();
        foreach (var answer in answers)
        {
            numbers.Add((await answer.JsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!);
        }

        Assert.Equal(20, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"{n:D4}"), numbers.Select(n => n[^4..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_and_saves_nothing()
    {
        var (officer, agency) = await OfficerOfAsync("BKD");
        var problem = await (await officer.PostAsJsonAsync("/api/staff/ppid/entries", new
        {
            agencyId = agency, title = "", summary = "x", category = "rahasia", holdingUnit = "Bidang", personResponsible = "Kepala",
            form = "disket", retentionPeriod = "5 tahun", year = 1800, links = new[] { "javascript:alert(1)" },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "title", "category", "form", "year", "links[0]" })
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {problem}");
        }

        var list = await (await officer.GetAsync("/api/staff/ppid/entries")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());

        var id = (await DraftAsync(officer, agency, "Formasi CPNS")).GetProperty("id").GetGuid();
        var exemption = await (await officer.PostAsJsonAsync($"/api/staff/ppid/entries/{id}/exempt", new { ground = "17z", harm = "", until = "2020-01-01", decidedOn = "2026-01-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "ground", "harm", "publicInterest", "decidedBy", "until" })
        {
            Assert.True(exemption.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {exemption}");
        }

        await (await officer.PostAsJsonAsync($"/api/staff/ppid/entries/{id}/withdraw", new { reason = "belum terbit" })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_valid_sheet_imports_every_row_and_one_bad_row_saves_none_naming_row_and_column()
    {
        var (officer, agency) = await OfficerOfAsync("BAPPEDA");
        const string Header = "Judul,Ringkasan Isi Informasi,Pejabat/Unit yang Menguasai Informasi,Penanggung Jawab Pembuatan/Penerbitan,Waktu Pembuatan,Tempat Pembuatan,Bentuk Informasi,Jangka Waktu Penyimpanan,Kategori,Tahun,Kata Kunci,Tautan";
        var good = $"{Header}\nRPJMD 2025-2029,Rencana pembangunan jangka menengah,Bidang Perencanaan,Kepala Bappeda,2025,Samarinda,Softcopy dan hardcopy,Permanen,Setiap Saat,2025,\"rpjmd, rencana\",https://bappeda.kaltimprov.go.id\n"
            + "Renja Bappeda 2026,Rencana kerja tahunan,Sekretariat,Sekretaris,Januari 2026,Samarinda,softcopy,5 tahun,Berkala,2026,,\n";
        var bad = good + "Tanpa kategori,Ringkasan,Sekretariat,Sekretaris,,,hardcopy,5 tahun,rahasia,20x6,,\n";

        // One bad row: 400 naming row 4's columns, and nothing saved.
        var problem = await (await officer.PostAsync($"/api/staff/ppid/entries/import?agencyId={agency}", RegisterFiles.Upload(System.Text.Encoding.UTF8.GetBytes(bad), "dip.csv")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("rows[4].kategori"));
        Assert.NotEmpty(problem.FieldErrors("rows[4].tahun"));
        Assert.Contains("Baris 4", problem.FieldErrors("rows[4].kategori")[0], StringComparison.Ordinal);
        Assert.Equal(0, (await (await officer.GetAsync($"/api/staff/ppid/entries?agencyId={agency}")).JsonAsync(HttpStatusCode.OK)).GetProperty("totalCount").GetInt32());

        // A preview checks without saving; the import saves all rows, numbered in the file's order, and publishes them.
        var preview = await (await officer.PostAsync($"/api/staff/ppid/entries/import?agencyId={agency}&preview=true", RegisterFiles.Upload(System.Text.Encoding.UTF8.GetBytes(good), "dip.csv")))
            .JsonAsync(HttpStatusCode.OK);
        Assert.False(preview.GetProperty("saved").GetBoolean());
        Assert.Equal(2, preview.GetProperty("rows").GetArrayLength());
        Assert.Equal(0, (await (await officer.GetAsync($"/api/staff/ppid/entries?agencyId={agency}")).JsonAsync(HttpStatusCode.OK)).GetProperty("totalCount").GetInt32());
        Assert.Equal(0, await BrowseCountAsync("BAPPEDA"));
        var imported = await (await officer.PostAsync($"/api/staff/ppid/entries/import?agencyId={agency}&publish=true", RegisterFiles.Upload(System.Text.Encoding.UTF8.GetBytes(good), "dip.csv")))
            .JsonAsync(HttpStatusCode.OK);
        var rows = imported.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["setiap-saat", "berkala"], rows.Select(r => r.GetProperty("category").GetString()!).ToArray());
        Assert.EndsWith("0001", rows[0].GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("0002", rows[1].GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Single(await SearchAsync("RPJMD"));

        // The import saves in one transaction; the counts kept in memory are dropped when it commits.
        Assert.Equal(2, await BrowseCountAsync("BAPPEDA"));

        // The export has the register's columns and reads back through the import unchanged.
        var csv = await anonymous.GetStringAsync("/api/ppid/register.csv?agency=BAPPEDA");
        Assert.StartsWith("Nomor,OPD,Judul,Ringkasan Isi Informasi", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("RPJMD 2025-2029", csv, StringComparison.Ordinal);
        var xlsx = await anonymous.GetByteArrayAsync("/api/ppid/register.xlsx?agency=BAPPEDA");
        var again = await (await officer.PostAsync($"/api/staff/ppid/entries/import?agencyId={agency}&preview=true", RegisterFiles.Upload(xlsx, "dip.xlsx")))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["RPJMD 2025-2029", "Renja Bappeda 2026"], again.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("title").GetString()!).ToArray());

        // Another agency's officer cannot import into this agency.
        var (other, _) = await OfficerOfAsync("BAPENDA");
        await (await other.PostAsync($"/api/staff/ppid/entries/import?agencyId={agency}", RegisterFiles.Upload(System.Text.Encoding.UTF8.GetBytes(good), "dip.csv")))
            .ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_export_holds_published_entries_only_and_cannot_carry_formulas()
    {
        var (officer, agency) = await OfficerOfAsync("BPSDM");
        var draft = (await DraftAsync(officer, agency, "Draf kurikulum diklat")).GetProperty("id").GetGuid();
        var published = (await DraftAsync(officer, agency, "=HYPERLINK(\"http://evil\",\"klik\")")).GetProperty("id").GetGuid();
        (await officer.PostAsync($"/api/staff/ppid/entries/{published}/publish", null)).EnsureSuccessStatusCode();
        var csv = await anonymous.GetStringAsync("/api/ppid/register.csv?agency=BPSDM");
        Assert.DoesNotContain("Draf kurikulum", csv, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        var xlsx = await anonymous.GetByteArrayAsync("/api/ppid/register.xlsx?agency=BPSDM");
        Assert.False(RegisterFiles.RevealInZip(xlsx, "<f>"), "a cell of the export is a formula");
        Assert.False(RegisterFiles.RevealInZip(xlsx, "Draf kurikulum"));
        await (await anonymous.GetAsync("/api/ppid/register.pdf")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEqual(Guid.Empty, draft);
    }

    [Fact]
    public async Task Serta_merta_information_is_announced_on_every_public_page_until_withdrawn()
    {
        var (officer, agency) = await OfficerOfAsync("BPBD");
        var fields = new Dictionary<string, object?>
        {
            ["agencyId"] = agency, ["title"] = "Banjir Sungai Karang Mumus: jalur evakuasi", ["summary"] = "Warga bantaran sungai mengungsi ke posko kelurahan.",
            ["category"] = "serta-merta", ["holdingUnit"] = "Pusdalops", ["personResponsible"] = "Kalaksa BPBD", ["form"] = "softcopy", ["retentionPeriod"] = "5 tahun", ["year"] = 2026,
        };
        var id = (await (await officer.PostAsJsonAsync("/api/staff/ppid/entries", fields)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var until = DateTimeOffset.UtcNow.AddDays(2);

        // Only published serta merta information, for at most 30 days.
        await (await officer.PostAsJsonAsync($"/api/staff/ppid/entries/{id}/announce", new { until })).ProblemAsync(HttpStatusCode.Conflict);
        (await officer.PostAsync($"/api/staff/ppid/entries/{id}/publish", null)).EnsureSuccessStatusCode();
        await (await officer.PostAsJsonAsync($"/api/staff/ppid/entries/{id}/announce", new { until = DateTimeOffset.UtcNow.AddDays(45) })).ProblemAsync(HttpStatusCode.BadRequest);
        var announced = await (await officer.PostAsJsonAsync($"/api/staff/ppid/entries/{id}/announce", new { until })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.String, announced.GetProperty("announcedUntil").ValueKind);

        foreach (var url in new[] { "/", "/aspirasi", "/ppid", "/lacak" })
        {
            var html = await anonymous.GetStringAsync(url);
            Assert.Contains("class=\"site-banner\"", html, StringComparison.Ordinal);
            Assert.Contains($"/ppid/informasi/{id}", html, StringComparison.Ordinal);
        }

        var feed = await anonymous.GetStringAsync("/ppid/atom.xml?category=serta-merta");
        Assert.Contains("Banjir Sungai Karang Mumus", feed, StringComparison.Ordinal);

        (await officer.PostAsJsonAsync($"/api/staff/ppid/entries/{id}/withdraw", new { reason = "Banjir surut" })).EnsureSuccessStatusCode();
        Assert.DoesNotContain($"/ppid/informasi/{id}", await anonymous.GetStringAsync("/aspirasi"), StringComparison.Ordinal);
    }

    private static object Fields(Guid agencyId, string title, string summary = "Ringkasan isi informasi", string[]? tags = null) => new
    {
        agencyId,
        title,
        summary,
        category = "berkala",
        holdingUnit = "Sekretariat",
        personResponsible = "Kepala Sekretariat",
        madeWhen = "Januari 2026",
        madeWhere = "Samarinda",
        form = "softcopy-hardcopy",
        retentionPeriod = "5 tahun",
        year = 2026,
        tags = tags ?? [],
        links = new[] { "https://kaltimprov.go.id" },
    };

    private static object Exemption() => new
    {
        ground = "17b",
        harm = "Membuka harga perkiraan sendiri sebelum lelang selesai merugikan persaingan usaha.",
        publicInterest = "Lelang yang wajar lebih melindungi kepentingan publik.",
        until = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd"),
        decidedBy = "SK PPID 7/2026",
        decidedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd"),
    };

    [Fact]
    public async Task An_agencys_facet_is_labelled_with_its_name_and_follows_a_rename()
    {
        var directoryId = (await (await mainOffice.PostAsJsonAsync("/api/admin/agencies", Api.NewAgency("XFACET", "Dinas Uji Saringan"))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var (officer, agency) = await OfficerOfAsync("XFACET");
        var id = (await DraftAsync(officer, agency, "Rencana kerja dinas uji")).GetProperty("id").GetGuid();
        (await officer.PostAsync($"/api/staff/ppid/entries/{id}/publish", null)).EnsureSuccessStatusCode();
        Assert.Equal("Dinas Uji Saringan", await FacetNameAsync("XFACET"));

        (await mainOffice.PutAsJsonAsync($"/api/admin/agencies/{directoryId}", new { name = "Dinas Uji Saringan Baru", shortName = "DUSB", kind = "dinas" }))
            .EnsureSuccessStatusCode();
        await Eventually.Until(() => FacetNameAsync("XFACET"), name => name == "Dinas Uji Saringan Baru", what: "the facet to carry the new name");
        Assert.Contains(">Dinas Uji Saringan Baru</a> (1)", await anonymous.GetStringAsync("/ppid"), StringComparison.Ordinal);
    }

    private async Task<string?> FacetNameAsync(string code) =>
        (await (await anonymous.GetAsync("/api/ppid/entries")).JsonAsync(HttpStatusCode.OK)).GetProperty("facets").GetProperty("agencies").EnumerateArray()
            .Where(f => f.GetProperty("value").GetString() == code).Select(f => f.GetProperty("name").GetString()).SingleOrDefault();

    private static async Task<JsonElement> DraftAsync(HttpClient officer, Guid agency, string title, string summary = "Ringkasan isi informasi", string[]? tags = null) =>
        await (await officer.PostAsJsonAsync("/api/staff/ppid/entries", Fields(agency, title, summary, tags))).JsonAsync(HttpStatusCode.Created);

    private async Task<IReadOnlyList<JsonElement>> SearchAsync(string q) =>
        [.. (await (await anonymous.GetAsync($"/api/ppid/entries?q={Uri.EscapeDataString(q)}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()];

    /// <summary>How many published entries the browse facets count for an agency (0 when it has none).</summary>
    private async Task<int> BrowseCountAsync(string code) =>
        (await (await anonymous.GetAsync("/api/ppid/entries")).JsonAsync(HttpStatusCode.OK)).GetProperty("facets").GetProperty("agencies").EnumerateArray()
            .Where(f => f.GetProperty("value").GetString() == code).Select(f => f.GetProperty("count").GetInt32()).SingleOrDefault();

    /// <summary>An officer of the agency with <paramref name="code"/>, once the register has learnt the agency from the directory.</summary>
    private async Task<(HttpClient Officer, Guid Agency)> OfficerOfAsync(string code)
    {
        var id = await mainOffice.PpidAgencyIdAsync(code);
        return (portal.As(Roles.AgencyOfficer, id), id);
    }
}

/// <summary>An exemption is for a period: when it ends, the entry goes back to its agency for review.</summary>
public sealed class ExemptionExpiryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task An_entry_whose_exemption_period_ended_leaves_the_exempt_list_and_returns_as_a_draft()
    {
        await using var host = portal.WithWebHostBuilder(b => Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.ConfigureTestServices(
            b, s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(s, clock)));
        var mainOffice = host.As(Roles.MainOffice);
        var agency = await mainOffice.PpidAgencyIdAsync("KESBANGPOL");
        var officer = host.As(Roles.AgencyOfficer, agency);
        var id = (await (await officer.PostAsJsonAsync("/api/staff/ppid/entries", new
        {
            agencyId = agency, title = "Peta kerawanan pemilu", summary = "Peta kerawanan per kecamatan", category = "setiap-saat", holdingUnit = "Bidang Politik",
            personResponsible = "Kepala Bidang", form = "softcopy", retentionPeriod = "5 tahun", year = 2026,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await officer.PostAsJsonAsync($"/api/staff/ppid/entries/{id}/exempt", new
        {
            ground = "17c", harm = "Membuka peta sebelum pemilu membahayakan keamanan.", publicInterest = "Keamanan pemilu lebih besar.",
            until = "2027-01-31", decidedBy = "SK PPID 9/2026", decidedOn = "2026-11-30",
        })).EnsureSuccessStatusCode();
        Assert.Single((await (await host.CreateClient().GetAsync("/api/ppid/exempt?agency=KESBANGPOL")).JsonAsync(HttpStatusCode.OK)).EnumerateArray());

        // 31 January is still inside the period (WITA); 1 February is not.
        clock.SetUtcNow(new DateTimeOffset(2027, 1, 31, 14, 0, 0, TimeSpan.Zero));
        clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(300);
        Assert.Equal("Exempt", (await (await officer.GetAsync($"/api/staff/ppid/entries/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());

        clock.SetUtcNow(new DateTimeOffset(2027, 1, 31, 16, 30, 0, TimeSpan.Zero));
        var entry = await Eventually.Until(
            async () =>
            {
                clock.Advance(TimeSpan.FromHours(1));
                return await (await officer.GetAsync($"/api/staff/ppid/entries/{id}")).JsonAsync(HttpStatusCode.OK);
            },
            e => e.GetProperty("status").GetString() == "Draft",
            what: "the expired exemption to end");
        Assert.Equal("ExemptionEnded", entry.GetProperty("history")[0].GetProperty("kind").GetString());
        Assert.Empty((await (await host.CreateClient().GetAsync("/api/ppid/exempt?agency=KESBANGPOL")).JsonAsync(HttpStatusCode.OK)).EnumerateArray());

        // Still not public: the agency reviews and publishes it (or decides again).
        Assert.Equal(HttpStatusCode.NotFound, (await host.CreateClient().GetAsync($"/api/ppid/entries/{id}")).StatusCode);
    }
}

/// <summary>Berkala information is updated at least every six months: the scorecard shows it, officers are reminded once.</summary>
public sealed class RegisterFreshnessTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    // Tuesday 1 December 2026, 09:00 WITA.
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task An_entry_falls_overdue_after_six_months_and_its_officers_are_told_once_before_and_once_when_it_does()
    {
        await using var host = portal.WithWebHostBuilder(b => Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.ConfigureTestServices(
            b, s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(s, clock)));
        var mainOffice = host.As(Roles.MainOffice);
        var agency = await mainOffice.PpidAgencyIdAsync("DISPORA");
        (await host.As(Roles.SuperAdmin).PostAsJsonAsync("/api/admin/staff", new
        {
            email = "ppid.dispora@kaltimprov.go.id", fullName = "Petugas PPID Dispora", roles = new[] { Roles.AgencyOfficer }, agencyIds = new[] { agency }, provinceWide = false,
        })).EnsureSuccessStatusCode();
        await Eventually.Until(
            () => Task.FromResult(PortalFactory.Scalar<long>(portal.DatabaseFile("ppid"), "SELECT COUNT(*) FROM Officers WHERE Email = 'ppid.dispora@kaltimprov.go.id' AND IsActive")),
            n => n > 0, what: "the register to learn of the officer");

        var officer = host.As(Roles.AgencyOfficer, agency);
        var badChecklist = await (await officer.PostAsJsonAsync("/api/staff/ppid/entries", Entry(agency, "tidak-ada"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(badChecklist.FieldErrors("checklist"));
        var id = (await (await officer.PostAsJsonAsync("/api/staff/ppid/entries", Entry(agency, "performance"))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await officer.PostAsync($"/api/staff/ppid/entries/{id}/publish", null)).EnsureSuccessStatusCode();

        async Task<string> StateAsync() =>
            (await (await host.CreateClient().GetAsync("/api/ppid/scorecard")).JsonAsync(HttpStatusCode.OK)).GetProperty("agencies").EnumerateArray()
                .Single(a => a.GetProperty("code").GetString() == "DISPORA").GetProperty("items").EnumerateArray()
                .Single(i => i.GetProperty("code").GetString() == "performance").GetProperty("state").GetString()!;
        int Reminders(string subjectPart) => portal.SentMail().Count(m => m.To.ToString().Contains("ppid.dispora@", StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains(subjectPart, StringComparison.Ordinal));

        Assert.Equal("Fresh", await StateAsync());
        var card = await host.CreateClient().GetStringAsync("/ppid/kepatuhan");
        Assert.Contains("Dinas Pemuda dan Olahraga", card, StringComparison.Ordinal);

        // Five months on: a month left — one reminder, however often the job runs.
        clock.SetUtcNow(new DateTimeOffset(2027, 5, 1, 2, 0, 0, TimeSpan.Zero));
        await Eventually.Until(() => { clock.Advance(TimeSpan.FromHours(1)); return Task.FromResult(Reminders("perlu diperbarui")); }, n => n > 0, what: "the reminder before");
        Assert.Equal("DueSoon", await StateAsync());
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            await Task.Delay(100);
        }

        Assert.Equal(1, Reminders("perlu diperbarui"));
        Assert.Equal(0, Reminders("lewat 6 bulan"));

        // Six months on: overdue — one more email, and the scorecard says so.
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 1, 2, 0, 0, TimeSpan.Zero));
        await Eventually.Until(() => { clock.Advance(TimeSpan.FromHours(1)); return Task.FromResult(Reminders("lewat 6 bulan")); }, n => n > 0, what: "the overdue notice");
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            await Task.Delay(100);
        }

        Assert.Equal(1, Reminders("lewat 6 bulan"));
        Assert.Equal(1, Reminders("perlu diperbarui"));
        Assert.Equal("Overdue", await StateAsync());

        // An update makes it fresh again.
        (await officer.PutAsJsonAsync($"/api/staff/ppid/entries/{id}", Entry(agency, "performance"))).EnsureSuccessStatusCode();
        Assert.Equal("Fresh", await StateAsync());
    }

    private static object Entry(Guid agency, string checklist) => new
    {
        agencyId = agency, title = "LKjIP Dispora 2026", summary = "Laporan kinerja tahunan", category = "berkala", holdingUnit = "Sekretariat",
        personResponsible = "Sekretaris", form = "softcopy", retentionPeriod = "5 tahun", year = 2026, checklist,
    };
}

/// <summary>Each PPID's own pages, written in Markdown and shown as sanitized HTML.</summary>
public sealed class PpidPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_agency_writes_previews_and_publishes_its_pages_and_no_script_survives()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var agency = await mainOffice.PpidAgencyIdAsync("DISHUB");
        var officer = portal.As(Roles.AgencyOfficer, agency);
        const string Markdown = """
            # Maklumat Pelayanan
            Kami **sanggup** melayani permohonan informasi dalam 10 hari kerja.

            | Layanan | Biaya |
            |---|---|
            | Salinan elektronik | Gratis |

            <script>alert('x')</script> <img src=x onerror=alert(1)> [klik](javascript:alert(1)) [situs](https://dishub.kaltimprov.go.id)
            """;

        // A draft is previewed, not public.
        var draft = await (await officer.PutAsJsonAsync($"/api/staff/agencies/{agency}/ppid-pages/maklumat", new { markdown = Markdown, publish = false })).JsonAsync(HttpStatusCode.OK);
        var preview = draft.GetProperty("previewHtml").GetString()!;
        Assert.Contains("<strong>sanggup</strong>", preview, StringComparison.Ordinal);
        Assert.Contains("<table>", preview, StringComparison.Ordinal);
        // Raw HTML in the Markdown stays visible text, never markup; a javascript: link loses its target.
        foreach (var bad in new[] { "<script", "<img", "href=\"javascript:" })
        {
            Assert.DoesNotContain(bad, preview, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("&lt;script&gt;", preview, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync("/ppid/halaman/DISHUB/maklumat")).StatusCode);

        // Published, it is public and linked from the agency's register.
        (await officer.PutAsJsonAsync($"/api/staff/agencies/{agency}/ppid-pages/maklumat", new { markdown = Markdown, publish = true })).EnsureSuccessStatusCode();
        var page = await portal.CreateClient().GetStringAsync("/ppid/halaman/DISHUB/maklumat");
        Assert.Contains("<strong>sanggup</strong>", page, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener nofollow\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/ppid/halaman/DISHUB/maklumat", await portal.CreateClient().GetStringAsync("/ppid/DISHUB"), StringComparison.Ordinal);

        // Another agency cannot write it; an unknown page is a field error.
        var other = portal.As(Roles.AgencyOfficer, Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/staff/agencies/{agency}/ppid-pages/maklumat", new { markdown = "x", publish = true })).StatusCode);
        var unknown = await (await officer.PutAsJsonAsync($"/api/staff/agencies/{agency}/ppid-pages/rahasia", new { markdown = "x" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(unknown.FieldErrors("slug"));
    }
}
