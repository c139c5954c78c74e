using System.Net;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

public sealed class PublicPortalTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly HttpClient visitor = portal.CreateClient();

    [Fact]
    public async Task The_public_api_lists_the_seeded_agencies_up_to_100_per_page()
    {
        var page = await (await visitor.GetAsync("/api/agencies?pageSize=100")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(39, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(39, page.GetProperty("items").GetArrayLength());
        var codes = page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("code").GetString()).ToList();
        Assert.Contains("DISKOMINFO", codes);
        Assert.Contains("RSUD-AWS", codes);

        var tooBig = await (await visitor.GetAsync("/api/agencies?pageSize=101")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(tooBig.FieldErrors("pageSize"));
    }

    [Fact]
    public async Task The_home_page_explains_the_service_in_indonesian_by_default_and_the_agencies_are_on_their_own_page()
    {
        var html = await visitor.GetStringAsync("/");
        Assert.Contains("<html lang=\"id\"", html);
        Assert.Contains("Beranda", html);
        foreach (var action in new[] { "href=\"/aspirasi/baru\"", "href=\"/lacak\"", "href=\"/ppid\"" })
        {
            Assert.Contains(action, html);
        }

        Assert.Contains("Bagaimana laporan Anda ditangani", html);
        Assert.Contains("id=\"answered-on-time\"", html);
        Assert.DoesNotContain("RSUD Abdul Wahab Sjahranie", html);
        var agencies = await visitor.GetStringAsync("/opd");
        Assert.Contains("Dinas Komunikasi dan Informatika", agencies);
        Assert.Contains("39 OPD ditemukan", agencies);
    }

    [Fact]
    public async Task Help_answers_the_common_questions_with_the_clocks_as_configured_and_contact_names_ppid_utama()
    {
        await using var slower = portal.WithWebHostBuilder(b => b.UseSetting("Aspirations:FollowUpDays", "7"));
        var help = await slower.CreateClient().GetStringAsync("/bantuan");
        foreach (var question in new[] { "Apa yang terjadi dengan laporan saya?", "Siapa yang melihat nama saya?", "Berapa lama prosesnya?", "Apa arti anonim dan rahasia?" })
        {
            Assert.Contains(question, help);
        }

        Assert.Contains("tindak lanjut OPD 7 hari kerja", help);
        var contact = await visitor.GetStringAsync("/kontak");
        Assert.Contains("PPID Utama", contact);
        Assert.Contains("Dinas Komunikasi dan Informatika", contact);
        Assert.Contains("href=\"/kontak\"", await visitor.GetStringAsync("/"));
    }

    [Fact]
    public async Task The_agency_page_lists_agencies_with_filters_that_work_without_script()
    {
        var html = await visitor.GetStringAsync("/opd?kind=hospital");
        Assert.Contains("4 OPD ditemukan", html);
        Assert.Contains("RSJD Atma Husada Mahakam", html);
        Assert.DoesNotContain("Dinas Kesehatan", html);
    }

    [Fact]
    public async Task The_language_switch_turns_the_pages_to_english_and_only_redirects_locally()
    {
        var client = portal.CreateClient();
        var switched = await client.GetAsync("/bahasa/en?returnUrl=%2Fopd");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/opd", switched.Headers.Location?.ToString());
        var cookie = switched.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)).Split(';')[0];

        using var request = new HttpRequestMessage(HttpMethod.Get, "/opd");
        request.Headers.Add("Cookie", cookie);
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("agencies found", html);

        var offsite = await client.GetAsync("/bahasa/en?returnUrl=https%3A%2F%2Fevil.example");
        Assert.Equal("/", offsite.Headers.Location?.ToString());
    }

    [Fact]
    public async Task An_unknown_page_gets_a_404_page_and_an_unknown_api_path_a_404_problem()
    {
        var page = await visitor.GetAsync("/tidak-ada");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await page.Content.ReadAsStringAsync());

        await (await visitor.GetAsync("/api/tidak-ada")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_report_receipt_names_its_issuer_and_links_by_address_and_QR_code_and_an_unknown_code_is_the_404_page()
    {
        var code = await portal.As(AspirasiEtam.Shared.Contracts.Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "aspiration", title = "Usulan jalur sepeda di tepian Mahakam", description = "Mohon dibuatkan jalur sepeda yang aman di sepanjang tepian Sungai Mahakam.",
            categoryCode = "infrastruktur",
        });
        var receipt = await visitor.GetStringAsync($"/lacak/{code}/tanda-terima");
        Assert.Contains("Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur", receipt, StringComparison.Ordinal);
        Assert.Contains($"http://localhost:5080/lacak/{code}", receipt, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,", receipt, StringComparison.Ordinal);
        Assert.Contains("WITA", receipt, StringComparison.Ordinal);

        var unknown = await visitor.GetAsync("/lacak/ASP-2222-2222-22222/tanda-terima");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.StartsWith("text/html", unknown.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("Halaman tidak ditemukan", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
