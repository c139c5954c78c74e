using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Every endpoint the app maps (read from its own endpoint data source, so a new endpoint is covered without
/// editing this test) × every role × own/foreign agency: 401, 403 or "let in" exactly as the policies say.
/// </summary>
public sealed class AuthorizationMatrixTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>Endpoints that are anonymous on purpose. Anything else marked AllowAnonymous fails the test.</summary>
    private static readonly string[] PublicOnPurpose =
    [
        "/", "/opd", "/kontak", "/bantuan", "/galat", "/kinerja", "/api/reports/aspirations", "/api/reports/aspirations.{format}", "/kinerja/{code}", "/api/reports/aspirations/agencies/{code}", "/api/reports/open-data", "/api/reports/open-data/schema/v1.json", "/api/agencies", "/health/live", "/health/ready", "/bahasa/{culture}", "{*path}",
        "/openapi/{documentName}.json", "/scalar/{documentName?}", "/scalar", "/scalar/scalar.js", "/scalar/scalar.aspnetcore.js", "/scalar/favicon.svg",
        "/masuk", "/masuk/dua-langkah", "/keluar", "/daftar", "/konfirmasi-email", "/lupa-sandi", "/atur-ulang-sandi", "/ditolak",
        "/api/auth/token", "/api/auth/refresh",
        "/api/account/register", "/api/account/confirm-email", "/api/account/forgot-password", "/api/account/reset-password",
        "/api/aspirations", "/api/aspirations/confirm", "/api/aspirations/categories", "/api/aspirations/counts",
        "/api/aspirations/track/{trackingCode}", "/api/aspirations/track/{trackingCode}/reply", "/api/aspirations/track/{trackingCode}/rating",
        "/api/aspirations/track/{trackingCode}/attachments", "/api/aspirations/track/{trackingCode}/attachments/{attachmentId:guid}",
        "/open311/v2/services.json", "/open311/v2/requests.json", "/open311/v2/requests/{id:guid}.json",
        "/aspirasi", "/aspirasi/baru", "/aspirasi/konfirmasi", "/aspirasi/{id:guid}", "/api/aspirations/{id:guid}", "/lacak/{code?}", "/lacak/{code}/tanda-terima",
        "/api/ppid/entries", "/api/ppid/entries/{id:guid}", "/api/ppid/entries/{id:guid}/documents/{documentId:guid}", "/api/ppid/exempt",
        "/ppid/{agency?}", "/ppid/informasi/{id:guid}", "/ppid/dikecualikan", "/ppid/atom.xml", "/sitemap.xml", "/api/ppid/register.{format}", "/api/ppid/scorecard", "/api/ppid/checklist", "/api/ppid/agencies/{code}/pages/{slug}",
        "/ppid/kepatuhan", "/ppid/halaman/{agency}/{slug}",
        "/api/ppid/requests", "/api/ppid/requests/track", "/api/ppid/requests/objections", "/api/ppid/requests/suggestions", "/api/ppid/requests/documents/{token}",
        "/api/ppid/requests/documents/{token}/{documentId:guid}", "/api/ppid/requests/document-link", "/api/ppid/requests/register.{format}",
        "/api/ppid/requests/objections.{format}", "/api/ppid/requests/annual-report", "/api/ppid/requests/annual-report.xlsx",
        "/ppid/permohonan", "/ppid/permohonan/tanda-terima", "/ppid/permohonan/status", "/ppid/permohonan/dokumen/{token}", "/ppid/laporan-tahunan", "/ppid/permohonan/arsip",
    ];

    /// <summary>Who each policy lets in (the fallback policy, no name, lets in anyone signed in).</summary>
    private static readonly Dictionary<string, string[]> PolicyRoles = new()
    {
        [Policies.Admin] = [Roles.SuperAdmin, Roles.MainOffice],
        [Policies.SuperAdmin] = [Roles.SuperAdmin],
        [Policies.Staff] = [.. Roles.Staff],
        [Policies.AgencyWork] = [Roles.AgencyOfficer, Roles.MainOffice, Roles.SuperAdmin],
        [Policies.Citizen] = [Roles.Citizen],
        [Policies.SignedIn] = [.. Roles.All],
        [string.Empty] = [.. Roles.All],
    };

    private sealed record Caller(string Name, string? Role, bool ForeignAgency = false);

    private static readonly Caller[] Callers =
    [
        new("anonymous", null),
        new("citizen", Roles.Citizen),
        new("officer of the agency", Roles.AgencyOfficer),
        new("officer of another agency", Roles.AgencyOfficer, ForeignAgency: true),
        new("supervisor of the agency", Roles.Supervisor),
        new("main office", Roles.MainOffice),
        new("super admin", Roles.SuperAdmin),
    ];

    [Fact]
    public async Task Every_endpoint_answers_each_role_and_agency_as_designed()
    {
        var ownAgency = await AgencyIdAsync("DINKES");
        var foreignAgency = await AgencyIdAsync("DISHUB");
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var failures = new List<string>();
        var checkedCalls = 0;

        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
            var isPage = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;
            var methods = isPage ? ["GET"] : endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                if (!PublicOnPurpose.Contains(NormalizePattern(pattern)))
                {
                    failures.Add($"{pattern} is anonymous but not in the list of public endpoints");
                }

                continue;
            }

            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? string.Empty).DefaultIfEmpty(string.Empty).ToList();
            var unknown = policies.Where(p => !PolicyRoles.ContainsKey(p)).ToList();
            if (unknown.Count > 0)
            {
                failures.Add($"{pattern} uses policy {string.Join(",", unknown)}, which this matrix does not know: add who it lets in");
                continue;
            }

            var allowed = policies.Select(p => PolicyRoles[p]).Aggregate((a, b) => [.. a.Intersect(b)]);
            var agencyScoped = pattern.Contains("{agencyId", StringComparison.Ordinal);
            foreach (var method in methods.Where(m => m != "OPTIONS" && m != "HEAD"))
            {
                foreach (var caller in Callers)
                {
                    var url = Url(pattern, caller.ForeignAgency ? foreignAgency : ownAgency);
                    var multipart = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true;
                    var status = await CallAsync(method, url, caller, ownAgency, multipart);
                    checkedCalls++;
                    var expected = caller.Role is null ? "401"
                        : !allowed.Contains(caller.Role) ? "403"
                        : agencyScoped && caller.ForeignAgency ? "403 or 404"
                        : "let in";
                    var ok = expected switch
                    {
                        "401" => status == HttpStatusCode.Unauthorized,
                        "403" => status == HttpStatusCode.Forbidden,
                        "403 or 404" => status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                        _ => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500,
                    };
                    if (!ok)
                    {
                        failures.Add($"{method} {pattern} as {caller.Name}: expected {expected}, got {(int)status}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedCalls > 100, $"only {checkedCalls} calls checked");
    }

    /// <summary>
    /// What each page form (pattern and handler) requires: the same policy as the request it sends, whatever the
    /// page itself lets in. Forms anyone may post are listed with no policy; a form missing here fails the test.
    /// </summary>
    /// <summary>
    /// Pages without a cookie-bound antiforgery token, each for a reason: forms the code in the address authorises
    /// (docs/adr/0013), or a page that changes nothing.
    /// </summary>
    private static readonly Dictionary<string, string> WithoutAntiforgery = new()
    {
        ["/lacak/{code?}"] = "the reply and rating forms are authorised by the tracking code in the address",
        ["/galat"] = "the error page, re-executed for a failed request of any method, changes nothing",
    };

    private static readonly Dictionary<string, string?> PageForms = new()
    {
        ["/staf/aspirasi Dispatch"] = Policies.Admin,
        ["/staf/aspirasi/{id:guid} Dispatch"] = Policies.Admin,
        ["/staf/aspirasi/{id:guid} Reject"] = Policies.Admin,
        ["/staf/aspirasi/{id:guid} Note"] = Policies.AgencyWork,
        ["/staf/aspirasi/{id:guid} Respond"] = Policies.AgencyWork,
        ["/staf/aspirasi/{id:guid} Return"] = Policies.AgencyWork,
        ["/staf/aspirasi/{id:guid} Target"] = Policies.AgencyWork,
        ["/staf/aspirasi/{id:guid} UseTemplate"] = Policies.Staff,
        ["/admin/staf "] = Policies.Admin,
        ["/admin/staf/{id:guid} Save"] = Policies.Admin,
        ["/admin/staf/{id:guid} Deactivate"] = Policies.Admin,
        ["/admin/staf/{id:guid} Reactivate"] = Policies.Admin,
        ["/akun/dua-langkah Enable"] = Policies.SignedIn,
        ["/akun/dua-langkah Reset"] = Policies.SignedIn,
        ["/akun/dua-langkah Disable"] = Policies.SignedIn,
        ["/aspirasi Support"] = Policies.Citizen,
        ["/aspirasi/{id:guid} Support"] = Policies.Citizen,
        ["/staf/ppid/baru "] = Policies.AgencyWork,
        ["/staf/ppid/impor Preview"] = Policies.AgencyWork,
        ["/staf/ppid/impor Import"] = Policies.AgencyWork,
        ["/staf/ppid/{id:guid} Update"] = Policies.AgencyWork,
        ["/staf/ppid/{id:guid} Publish"] = Policies.AgencyWork,
        ["/staf/ppid/{id:guid} Withdraw"] = Policies.AgencyWork,
        ["/staf/ppid/{id:guid} Exempt"] = Policies.AgencyWork,
        ["/staf/ppid/{id:guid} Document"] = Policies.AgencyWork,
        ["/staf/ppid/{id:guid} Announce"] = Policies.AgencyWork,
        ["/staf/ppid/halaman/{agencyId:guid}/{slug} Preview"] = Policies.AgencyWork,
        ["/staf/ppid/halaman/{agencyId:guid}/{slug} Publish"] = Policies.AgencyWork,
        ["/staf/ppid/permohonan/{id:guid} Forward"] = Policies.AgencyWork,
        ["/staf/ppid/permohonan/{id:guid} Extend"] = Policies.AgencyWork,
        ["/staf/ppid/permohonan/{id:guid} Document"] = Policies.AgencyWork,
        ["/staf/ppid/permohonan/{id:guid} Decide"] = Policies.AgencyWork,
        ["/staf/ppid/permohonan/{id:guid} Payment"] = Policies.AgencyWork,
        ["/staf/ppid/permohonan/{id:guid} Objection"] = Policies.Staff,
        ["/staf/opd/{agencyId:guid} "] = Policies.AgencyWork,
        ["/staf/templat/{agencyId:guid} Create"] = Policies.AgencyWork,
        ["/staf/templat/{agencyId:guid} Delete"] = Policies.AgencyWork,
        ["/admin/opd Register"] = Policies.Admin,
        ["/admin/opd/{id:guid} Update"] = Policies.Admin,
        ["/admin/opd/{id:guid} Activation"] = Policies.Admin,
        ["/admin/kategori "] = Policies.Admin,
        ["/admin/libur Add"] = Policies.Admin,
        ["/admin/libur Remove"] = Policies.Admin,
        ["/admin/libur Import"] = Policies.Admin,
        ["/admin/libur Confirm"] = Policies.Admin,
        ["/staf/pemberitahuan Read"] = Policies.Staff,
        ["/staf/pemberitahuan Delivery"] = Policies.Staff,
        ["/ppid/permohonan Check"] = null,
        ["/ppid/permohonan Send"] = null,
        ["/ppid/permohonan/status "] = null,
        ["/ppid/permohonan/status Object"] = null,
        ["/ppid/permohonan/status Link"] = null,
        ["/galat "] = null,
        ["/aspirasi/baru "] = null,
        ["/lacak/{code?} Reply"] = null,
        ["/lacak/{code?} Rate"] = null,
        ["/masuk "] = null,
        ["/masuk/dua-langkah "] = null,
        ["/keluar "] = null,
        ["/daftar "] = null,
        ["/lupa-sandi "] = null,
        ["/atur-ulang-sandi "] = null,
    };

    /// <summary>Staff pages whose forms act on the caller's own things (their notices), not on an agency's: any agency's staff may post them.</summary>
    private static readonly HashSet<string> CallersOwn = ["/staf/pemberitahuan"];

    [Fact]
    public async Task Every_page_form_answers_each_role_and_agency_as_its_action_requires()
    {
        var mainOffice = portal.CreateClient(Roles.MainOffice);
        var ownAgency = await AgencyIdAsync("DINKES");
        var code = await portal.CreateClient(Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "complaint",
            title = "Lampu jalan padam di depan sekolah",
            description = "Sudah dua minggu lampu jalan di depan sekolah dasar tidak menyala sama sekali.",
            categoryCode = "kesehatan",
        });
        var reportId = await mainOffice.InboxIdAsync(code);
        (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{reportId}/dispatch", new { agencyId = await mainOffice.DispatchAgencyIdAsync("DINKES") })).EnsureSuccessStatusCode();
        var staffId = (await (await portal.CreateClient(Roles.SuperAdmin).PostAsJsonAsync("/api/admin/staff", new
        {
            email = "petugas.matriks@example.go.id",
            fullName = "Petugas Matriks",
            roles = new[] { Roles.AgencyOfficer },
            agencyIds = new[] { ownAgency },
            provinceWide = false,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var registerAgency = await mainOffice.PpidAgencyIdAsync("DINKES");
        var entryId = (await (await mainOffice.PostAsJsonAsync("/api/staff/ppid/entries", new
        {
            agencyId = registerAgency, title = "Profil dinas", summary = "Profil", category = "berkala", holdingUnit = "Sekretariat",
            personResponsible = "Kepala", form = "softcopy", retentionPeriod = "5 tahun", year = 2026,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var scan = new ByteArrayContent(PlantedFiles.Jpeg("Pemohon Matriks"));
        var requestForm = new MultipartFormDataContent { { scan, "identityScan", "ktp.jpg" } };
        foreach (var (key, value) in InformationRequestTests.Fields(registerAgency, "pemohon.matriks@example.id"))
        {
            requestForm.Add(new StringContent(value), key);
        }

        var requestId = (await (await portal.CreateClient().PostAsync("/api/ppid/requests", requestForm)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var loader = portal.Services.GetRequiredService<PageLoader>();
        var failures = new List<string>();
        var checkedCalls = 0;
        foreach (var endpoint in portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var pattern = NormalizePattern(endpoint.RoutePattern.RawText ?? string.Empty);
            // A page may drop the antiforgery token only for a listed reason: every cookie-authenticated form keeps it.
            if (endpoint.Metadata.OfType<Microsoft.AspNetCore.Mvc.ViewFeatures.IAntiforgeryPolicy>().LastOrDefault() is Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute
                && !WithoutAntiforgery.ContainsKey(pattern))
            {
                failures.Add($"{pattern} ignores the antiforgery token without a reason listed in {nameof(WithoutAntiforgery)}");
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
            {
                var form = $"{pattern} {handler.Name}";
                if (!PageForms.TryGetValue(form, out var policy))
                {
                    failures.Add($"the form '{form}' is not in the page matrix: add what it requires");
                    continue;
                }

                if (policy is null)
                {
                    continue;
                }

                foreach (var caller in Callers)
                {
                    var id = pattern.StartsWith("/admin", StringComparison.Ordinal) ? staffId
                        : pattern.StartsWith("/staf/ppid/permohonan", StringComparison.Ordinal) ? requestId
                        : pattern.StartsWith("/staf/ppid", StringComparison.Ordinal) ? entryId
                        : reportId;
                    var url = pattern.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal)
                        .Replace("{agencyId:guid}", ownAgency.ToString(), StringComparison.Ordinal).Replace("{slug}", "profil", StringComparison.Ordinal)
                        + (handler.Name is null ? string.Empty : $"?handler={handler.Name}");
                    var response = await PostEmptyFormAsync(url, caller, ownAgency);
                    checkedCalls++;
                    var status = (int)response.StatusCode;
                    var allowed = PolicyRoles[policy].Contains(caller.Role ?? string.Empty);
                    var ok = caller.Role is null ? status == 401 || (status == 302 && response.Headers.Location?.OriginalString.StartsWith("/masuk", StringComparison.Ordinal) == true)
                        : !allowed ? status == 403
                        : caller.ForeignAgency && pattern.StartsWith("/staf/", StringComparison.Ordinal) && !CallersOwn.Contains(pattern) ? status is 403 or 404
                        : status is not (401 or 403) && status < 500;
                    if (!ok)
                    {
                        failures.Add($"POST {url} as {caller.Name}: {(caller.Role is null ? "expected 401 or sign-in" : allowed ? "expected to be let in" : "expected 403")}, got {status}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedCalls > 50, $"only {checkedCalls} form posts checked");
    }

    [Fact]
    public async Task A_province_wide_supervisor_who_is_also_an_officer_writes_only_for_its_own_agencies()
    {
        var mainOffice = portal.CreateClient(Roles.MainOffice);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var dishub = await mainOffice.DispatchAgencyIdAsync("DISHUB");
        async Task<Guid> DispatchedAsync(Guid agency, string title)
        {
            var code = await portal.CreateClient(Roles.Citizen).SubmitAspirationAsync(new
            {
                kind = "aspiration",
                title,
                description = "Mohon perhatian dinas terkait untuk menindaklanjuti usulan warga ini segera.",
                categoryCode = "kesehatan",
            });
            var id = await mainOffice.InboxIdAsync(code);
            (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{id}/dispatch", new { agencyId = agency })).EnsureSuccessStatusCode();
            return id;
        }

        var own = await DispatchedAsync(dinkes, "Usulan posyandu keliling di kecamatan");
        var foreign = await DispatchedAsync(dishub, "Usulan halte baru di jalan protokol");
        var both = portal.CreateClient($"{Roles.AgencyOfficer},{Roles.Supervisor}");
        both.DefaultRequestHeaders.Add(TestAuthentication.AgenciesHeader, dinkes.ToString());
        both.DefaultRequestHeaders.Add(TestAuthentication.ProvinceWideHeader, "true");

        // Reads province-wide, as a province-wide supervisor may ...
        (await both.GetAsync($"/api/staff/aspirations/{foreign}")).EnsureSuccessStatusCode();
        // ... but writes only for its own agency.
        await (await both.PostAsJsonAsync($"/api/staff/aspirations/{foreign}/notes", new { text = "Catatan dari luar OPD", @internal = true })).ProblemAsync(HttpStatusCode.NotFound);
        await (await both.PostAsJsonAsync($"/api/staff/aspirations/{foreign}/respond", new { text = "Jawaban dari luar OPD" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await both.GetAsync($"/api/staff/agencies/{dishub}/response-templates")).ProblemAsync(HttpStatusCode.NotFound);
        (await both.PostAsJsonAsync($"/api/staff/aspirations/{own}/notes", new { text = "Catatan OPD sendiri", @internal = true })).EnsureSuccessStatusCode();
        Assert.DoesNotContain("Catatan dari luar OPD", await mainOffice.GetStringAsync($"/api/staff/aspirations/{foreign}"), StringComparison.Ordinal);
    }

    /// <summary>Posts an empty form with a valid antiforgery token of the caller, as a browser would after loading a page.</summary>
    private async Task<HttpResponseMessage> PostEmptyFormAsync(string url, Caller caller, Guid ownAgency)
    {
        var client = caller.Role is null ? portal.CreateClient() : portal.CreateClient(caller.Role);
        if (caller.Role is Roles.AgencyOfficer or Roles.Supervisor)
        {
            client.DefaultRequestHeaders.Add(TestAuthentication.AgenciesHeader, (caller.ForeignAgency ? Guid.NewGuid() : ownAgency).ToString());
        }

        // An antiforgery token is the caller's, not the page's: any page with a form hands one out.
        return await client.PostFormAsync(url, await client.GetStringAsync("/aspirasi/baru"), []);
    }

    private static string NormalizePattern(string pattern)
    {
        var path = pattern.StartsWith('/') || pattern.StartsWith('{') ? pattern : "/" + pattern;
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    private static string Url(string pattern, Guid agencyId)
    {
        var url = Regex.Replace(pattern, "{agencyId[^}]*}", agencyId.ToString());
        url = Regex.Replace(url, "{[^}:]+:int}", "1");
        url = Regex.Replace(url, "{[^}]+}", Guid.NewGuid().ToString());
        return url.StartsWith('/') ? url : "/" + url;
    }

    private async Task<HttpStatusCode> CallAsync(string method, string url, Caller caller, Guid ownAgency, bool multipart)
    {
        var client = caller.Role is null ? portal.CreateClient() : portal.CreateClient(caller.Role);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (caller.Role is Roles.AgencyOfficer or Roles.Supervisor)
        {
            request.Headers.Add(TestAuthentication.AgenciesHeader, ownAgency.ToString());
        }

        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = multipart ? new MultipartFormDataContent() : new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return (await client.SendAsync(request)).StatusCode;
    }

    private async Task<Guid> AgencyIdAsync(string code)
    {
        var list = await (await portal.CreateClient(Roles.SuperAdmin).GetAsync($"/api/admin/agencies?search={code}")).JsonAsync(HttpStatusCode.OK);
        return list.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
    }
}
