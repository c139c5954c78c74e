using System.Net;
using System.Text;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// The people who keep the reference data have pages for it (issue 14 item 14): PPID Utama keeps the working-day
/// calendar, an agency's officers keep its response templates — each step the API offers, every error at once,
/// nobody else's data.
/// </summary>
public sealed class AdminPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Ppid_utama_loads_checks_and_confirms_a_years_holidays_and_adds_and_removes_a_day()
    {
        var admin = portal.As(Roles.MainOffice);
        var page = await admin.GetStringAsync("/admin/libur?year=2031");
        Assert.Contains("Hari libur 2031", page, StringComparison.Ordinal);
        Assert.Contains("belum dikonfirmasi", page, StringComparison.Ordinal);

        // The decree's list, loaded from a CSV.
        using (var form = new MultipartFormDataContent
        {
            { new StringContent(PageForms.AntiforgeryTokenIn(page)), "__RequestVerificationToken" },
            {
                new ByteArrayContent(Encoding.UTF8.GetBytes("date,kind,name_id,name_en\n2031-01-01,national,Tahun Baru 2031 Masehi,New Year's Day\n2031-08-17,national,Hari Kemerdekaan,Independence Day\n")),
                "ListFile", "libur-2031.csv"
            },
        })
        {
            var loaded = await admin.PostAsync("/admin/libur?year=2031&handler=Import", form);
            Assert.Equal(HttpStatusCode.Redirect, loaded.StatusCode);
        }

        page = await admin.GetStringAsync("/admin/libur?year=2031");
        Assert.Contains("2031-08-17", page, StringComparison.Ordinal);
        Assert.Contains("Hari Kemerdekaan", page, StringComparison.Ordinal);

        // Confirming asks for the check against the decree.
        var refused = await (await admin.PostFormAsync("/admin/libur", page, new() { ["Year"] = "2031" }, handler: "Confirm")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"#Confirmed\"", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/libur", page, new() { ["Year"] = "2031", ["Confirmed"] = "true" }, handler: "Confirm")).StatusCode);
        Assert.Contains("2031 (dikonfirmasi)", await admin.GetStringAsync("/admin/libur?year=2031"), StringComparison.Ordinal);

        // One day more, every missing field named at once; then added, and removed again.
        var incomplete = await (await admin.PostFormAsync("/admin/libur", page, new() { ["Year"] = "2031", ["Form.Kind"] = "national" }, handler: "Add")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"#Form_Date\"", incomplete, StringComparison.Ordinal);
        Assert.Contains("href=\"#Form_NameId\"", incomplete, StringComparison.Ordinal);
        Assert.Contains("href=\"#Form_NameEn\"", incomplete, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/libur", page, new()
        {
            ["Year"] = "2031", ["Form.Date"] = "2031-03-20", ["Form.Kind"] = "collective_leave", ["Form.NameId"] = "Cuti bersama Idulfitri", ["Form.NameEn"] = "Eid collective leave",
        }, handler: "Add")).StatusCode);
        Assert.Contains("Cuti bersama Idulfitri", await admin.GetStringAsync("/admin/libur?year=2031"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/libur", page, new() { ["Year"] = "2031", ["Date"] = "2031-03-20" }, handler: "Remove")).StatusCode);
        Assert.DoesNotContain("Cuti bersama Idulfitri", await admin.GetStringAsync("/admin/libur?year=2031"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await portal.As(Roles.AgencyOfficer).GetAsync("/admin/libur")).StatusCode);
    }

    [Fact]
    public async Task Ppid_utama_registers_edits_and_deactivates_an_agency_from_the_pages()
    {
        var admin = portal.As(Roles.MainOffice);
        var list = await admin.GetStringAsync("/admin/opd");
        Assert.Contains("Dinas Kesehatan", list, StringComparison.Ordinal);

        var refused = await (await admin.PostFormAsync("/admin/opd", list, new() { ["Form.Kind"] = "badan", ["Form.Website"] = "bukan-alamat" }, handler: "Register")).Content.ReadAsStringAsync();
        foreach (var field in new[] { "Code", "Form_Name", "Form_ShortName", "Form_Website" })
        {
            Assert.Contains($"href=\"#{field}\"", refused, StringComparison.Ordinal);
        }

        var registered = await admin.PostFormAsync("/admin/opd", list, new()
        {
            ["Code"] = "BRIDA", ["Form.Name"] = "Badan Riset dan Inovasi Daerah", ["Form.ShortName"] = "BRIDA", ["Form.Kind"] = "badan",
            ["Form.Email"] = "ppid@brida.kaltimprov.go.id", ["Form.Categories"] = "riset, inovasi",
        }, handler: "Register");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var url = registered.Headers.Location!.OriginalString;
        Assert.Contains("Badan Riset dan Inovasi Daerah", await portal.CreateClient().GetStringAsync("/opd?q=Riset"), StringComparison.Ordinal);

        var page = await admin.GetStringAsync(url);
        Assert.Matches("name=\"Form.Categories\" value=\"(riset, inovasi|inovasi, riset)\"", page);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, page, new()
        {
            ["Form.Name"] = "Badan Riset dan Inovasi Daerah Provinsi", ["Form.ShortName"] = "BRIDA", ["Form.Kind"] = "badan", ["Form.Categories"] = "riset",
        }, handler: "Update")).StatusCode);
        Assert.Contains("Badan Riset dan Inovasi Daerah Provinsi", await admin.GetStringAsync(url), StringComparison.Ordinal);

        // Deactivating hands its reports back to PPID Utama: the page asks "I am sure" first.
        var unsure = await (await admin.PostFormAsync(url, page, [], handler: "Activation")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"#Confirmed\"", unsure, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, page, new() { ["Confirmed"] = "true" }, handler: "Activation")).StatusCode);
        Assert.Contains("Nonaktif", await admin.GetStringAsync(url), StringComparison.Ordinal);
        Assert.DoesNotContain("Badan Riset", await portal.CreateClient().GetStringAsync("/opd?q=Riset"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await portal.As(Roles.AgencyOfficer).GetAsync("/admin/opd")).StatusCode);
    }

    [Fact]
    public async Task Ppid_utama_adds_and_retires_a_report_category_and_the_form_follows()
    {
        var admin = portal.As(Roles.MainOffice);
        var page = await admin.GetStringAsync("/admin/kategori");
        Assert.Contains("kesehatan", page, StringComparison.Ordinal);

        var refused = await (await admin.PostFormAsync("/admin/kategori", page, new() { ["Code"] = "Air Bersih", ["Active"] = "true" })).Content.ReadAsStringAsync();
        foreach (var field in new[] { "Code", "NameId", "NameEn" })
        {
            Assert.Contains($"href=\"#{field}\"", refused, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/kategori", page, new()
        {
            ["Code"] = "air-bersih", ["NameId"] = "Air bersih", ["NameEn"] = "Clean water", ["Active"] = "true",
        })).StatusCode);
        Assert.Contains("\"air-bersih\"", await portal.CreateClient().GetStringAsync("/api/aspirations/categories"), StringComparison.Ordinal);
        Assert.Contains("value=\"air-bersih\"", await portal.CreateClient().GetStringAsync("/aspirasi/baru"), StringComparison.Ordinal);

        // Retired: no longer offered, still listed for the admin.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/kategori", page, new()
        {
            ["Code"] = "air-bersih", ["NameId"] = "Air bersih", ["NameEn"] = "Clean water", ["Active"] = "false",
        })).StatusCode);
        Assert.DoesNotContain("air-bersih", await portal.CreateClient().GetStringAsync("/api/aspirations/categories"), StringComparison.Ordinal);
        Assert.Contains("air-bersih", await admin.GetStringAsync("/admin/kategori"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await portal.As(Roles.AgencyOfficer).GetAsync("/admin/kategori")).StatusCode);
    }

    [Fact]
    public async Task An_officer_keeps_their_agencys_response_templates_and_cannot_touch_another_agencys()
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var dishub = await mainOffice.DispatchAgencyIdAsync("DISHUB");
        var officer = portal.As(Roles.AgencyOfficer, dinkes);
        var url = $"/staf/templat/{dinkes}";

        var refused = await (await officer.PostFormAsync(url, [], handler: "Create")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"#Title\"", refused, StringComparison.Ordinal);
        Assert.Contains("href=\"#Body\"", refused, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, new()
        {
            ["Title"] = "Stok obat", ["Body"] = "Terima kasih. Stok obat sudah kami kirim ulang ke puskesmas dan jadwal distribusi diperbaiki.",
        }, handler: "Create")).StatusCode);
        var page = await officer.GetStringAsync(url);
        Assert.Contains("Stok obat sudah kami kirim ulang", page, StringComparison.Ordinal);
        var templates = await (await officer.GetAsync($"/api/staff/agencies/{dinkes}/response-templates")).JsonAsync(HttpStatusCode.OK);
        var id = templates[0].GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staf/templat/{dishub}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostFormAsync($"/staf/templat/{dishub}", page, new() { ["Title"] = "x", ["Body"] = "y" }, handler: "Create")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, page, new() { ["TemplateId"] = id.ToString() }, handler: "Delete")).StatusCode);
        Assert.DoesNotContain("Stok obat sudah kami kirim ulang", await officer.GetStringAsync(url), StringComparison.Ordinal);
    }
}
