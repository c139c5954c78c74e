using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Every page, for every kind of reader, in Indonesian and in English (issue 14 item 9): no raw enumeration name
/// of the code (MainOffice, WalkIn, SignInSucceeded …) in what a person reads, and in Indonesian none of the English
/// words the code names its states with (Submitted, Public, Citizen …).
/// </summary>
public sealed partial class LanguageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>Words of two or more capitalised parts that are names people use, not the code's.</summary>
    private static readonly HashSet<string> Allowed = ["WhatsApp", "PostgreSQL", "OpenStreetMap", "LinkedIn", "YouTube", "JavaScript"];

    /// <summary>English names of states and roles the code uses, which an Indonesian page must say in Indonesian.</summary>
    private static readonly string[] EnglishStateWords =
    [
        "Submitted", "Dispatched", "Responded", "Closed", "Rejected", "Public", "Confidential", "Anonymous", "Citizen", "Supervisor",
        "Aspiration", "Complaint", "Immediate", "Pending", "Published", "Archived", "Draft", "Withdrawn", "Granted", "Refused",
    ];

    [Fact]
    public async Task No_page_shows_a_raw_enum_name_or_english_state_words_in_indonesian()
    {
        var (code, reportId) = await AnsweredPublicReportAsync();
        var dinkes = await portal.As(Roles.MainOffice).DispatchAgencyIdAsync("DINKES");
        var staffId = (await (await portal.As(Roles.SuperAdmin).PostAsJsonAsync("/api/admin/staff", new
        {
            email = "petugas.bahasa@kaltimprov.go.id", fullName = "Petugas Bahasa", roles = new[] { Roles.AgencyOfficer, Roles.Supervisor },
            agencyIds = new[] { dinkes }, provinceWide = false,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var pages = new (string Role, string[] Paths)[]
        {
            (string.Empty,
            [
                "/", "/aspirasi", $"/aspirasi/{reportId}", "/aspirasi/baru", "/lacak", $"/lacak/{code}", $"/lacak/{code}/tanda-terima", "/bantuan", "/kontak",
                "/opd", "/kinerja", "/kinerja?bulan=0", "/kinerja?triwulan=4", "/kinerja/DINKES", "/ppid", "/ppid/dikecualikan", "/ppid/kepatuhan", "/ppid/laporan-tahunan", "/ppid/permohonan", "/ppid/permohonan/status",
                "/ppid/permohonan/arsip", "/masuk", "/daftar", "/lupa-sandi",
            ]),
            (Roles.Citizen, ["/aspirasi/saya", "/ppid/permohonan/saya"]),
            (Roles.MainOffice, ["/aspirasi/baru", "/staf/aspirasi", $"/staf/aspirasi/{reportId}", "/staf/pemberitahuan", "/staf/opd", $"/staf/templat/{dinkes}", "/admin/libur", "/admin/kategori", "/admin/opd", $"/admin/opd/{dinkes}", "/staf/ppid", "/staf/ppid/baru", "/staf/ppid/impor", "/staf/ppid/permohonan", "/staf/kinerja", "/staf/kinerja/DINKES"]),
            (Roles.SuperAdmin, ["/admin/staf", "/admin/audit", $"/admin/staf/{staffId}"]),
        };

        var failures = new List<string>();
        foreach (var (role, paths) in pages)
        {
            foreach (var language in new[] { "id", "en" })
            {
                var client = role.Length == 0 ? portal.CreateClient() : portal.As(role);
                client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c%3D{language}%7Cuic%3D{language}");
                foreach (var path in paths)
                {
                    var response = await client.GetAsync(path);
                    var html = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Add($"{path} [{language}, {Name(role)}] answered {(int)response.StatusCode}");
                        continue;
                    }

                    var text = VisibleText(html);
                    foreach (var word in RawNames().Matches(text).Select(m => m.Value).Where(w => !Allowed.Contains(w)).Distinct())
                    {
                        failures.Add($"{path} [{language}, {Name(role)}] shows the raw name '{word}': …{Around(text, word)}…");
                    }

                    if (language == "id")
                    {
                        foreach (var word in EnglishStateWords.Where(w => Regex.IsMatch(text, $"\\b{w}\\b")))
                        {
                            failures.Add($"{path} [id, {Name(role)}] shows the English '{word}': …{Around(text, word)}…");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string Name(string role) => role.Length == 0 ? "guest" : role;

    /// <summary>
    /// What a reader sees: the text between tags, entities decoded; scripts and styles left out, and records kept
    /// as they were written (marked <c>translate="no"</c>, such as an audit line's detail).
    /// </summary>
    private static string VisibleText(string html)
    {
        var body = ScriptsAndStyles().Replace(html, " ");
        body = Untranslated().Replace(body, " ");
        body = Tags().Replace(body, " ");
        return WebUtility.HtmlDecode(Spaces().Replace(body, " "));
    }

    private static string Around(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        return text[Math.Max(0, at - 40)..Math.Min(text.Length, at + word.Length + 40)];
    }

    /// <summary>A public report (not confidential) dispatched and answered, so its pages show every part.</summary>
    private async Task<(string Code, Guid Id)> AnsweredPublicReportAsync()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var code = await portal.As(Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "complaint",
            title = "Lampu penerangan jalan padam di tikungan",
            description = "Sudah dua minggu lampu di tikungan tajam itu padam dan sudah terjadi dua kecelakaan motor.",
            categoryCode = "jalan-jembatan",
            confidential = false,
        });
        var id = await mainOffice.InboxIdAsync(code);
        await mainOffice.DispatchAsync(id);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        (await portal.As(Roles.AgencyOfficer, dinkes).PostAsJsonAsync($"/api/staff/aspirations/{id}/respond", new { text = "Lampu sudah diganti dengan LED baru." })).EnsureSuccessStatusCode();
        return (code, id);
    }

    [GeneratedRegex("\\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\\b")]
    private static partial Regex RawNames();

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptsAndStyles();

    [GeneratedRegex("<(\\w+)[^>]*translate=\"no\"[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Untranslated();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
