using System.Net;
using System.Net.Http.Json;
using System.Text;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

public sealed class AgencyAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly HttpClient admin = portal.CreateClient(Roles.MainOffice);

    [Fact]
    public async Task Anonymous_callers_get_401_problem_details_from_admin_endpoints()
    {
        var response = await portal.CreateClient().GetAsync("/api/admin/agencies");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_citizen_gets_403_from_admin_endpoints()
    {
        var response = await portal.CreateClient(Roles.Citizen).PostJsonAsync("/api/admin/agencies", Api.NewAgency("CIT-1"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await CountByCodeAsync("CIT-1"));
    }

    [Fact]
    public async Task Admin_list_pages_and_filters_the_seeded_agencies()
    {
        var hospitals = await (await admin.GetAsync("/api/admin/agencies?kind=hospital&pageSize=2&page=2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, hospitals.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, hospitals.GetProperty("totalPages").GetInt32());
        Assert.Equal(2, hospitals.GetProperty("items").GetArrayLength());
        Assert.All(hospitals.GetProperty("items").EnumerateArray(), a => Assert.Equal("hospital", a.GetProperty("kind").GetString()));

        var kominfo = await (await admin.GetAsync("/api/admin/agencies?search=kominfo")).JsonAsync(HttpStatusCode.OK);
        var only = Assert.Single(kominfo.GetProperty("items").EnumerateArray());
        Assert.Equal("DISKOMINFO", only.GetProperty("code").GetString());
        Assert.True(only.GetProperty("isMainOffice").GetBoolean());
    }

    [Fact]
    public async Task A_registered_agency_can_be_read_updated_and_is_listed_publicly()
    {
        var created = await admin.PostJsonAsync("/api/admin/agencies", Api.NewAgency("reg-1", "Dinas Registrasi"));
        var agency = await created.JsonAsync(HttpStatusCode.Created);
        var id = agency.GetProperty("id").GetGuid();
        Assert.Equal($"/api/admin/agencies/{id}", created.Headers.Location?.ToString());
        Assert.Equal("REG-1", agency.GetProperty("code").GetString());

        var update = await admin.PutAsJsonAsync($"/api/admin/agencies/{id}", new
        {
            name = "Dinas Registrasi Baru",
            shortName = "DRB",
            kind = "badan",
            categories = new[] { "Kesehatan", "kesehatan", "lingkungan-hidup" },
        });
        var updated = await update.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.Equal<string>(["kesehatan", "lingkungan-hidup"], updated.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).ToList());

        var read = await (await admin.GetAsync($"/api/admin/agencies/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Dinas Registrasi Baru", read.GetProperty("name").GetString());
        Assert.Equal("badan", read.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKindNull, read.GetProperty("email").ValueKind);

        var publicList = await (await portal.CreateClient().GetAsync("/api/agencies?search=REG-1")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Dinas Registrasi Baru", Assert.Single(publicList.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_duplicate_code_is_a_conflict_and_creates_nothing()
    {
        (await admin.PostJsonAsync("/api/admin/agencies", Api.NewAgency("DUP-1"))).EnsureSuccessStatusCode();

        var problem = await (await admin.PostJsonAsync("/api/admin/agencies", Api.NewAgency("dup-1", "Another name"))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("DUP-1", problem.GetProperty("detail").GetString());
        Assert.Equal(1, await CountByCodeAsync("DUP-1"));
    }

    [Fact]
    public async Task Invalid_fields_get_400_with_an_error_per_field_and_nothing_is_created()
    {
        var response = await admin.PostJsonAsync("/api/admin/agencies", new
        {
            code = "XQ 1",
            name = new string('x', 201),
            shortName = "",
            kind = "ministry",
            email = "not-an-email",
            website = "javascript:alert(1)",
            categories = new[] { "Has Spaces" },
        });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "code", "name", "shortName", "kind", "email", "website", "categories[0]" })
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }

        Assert.Equal(0, await CountByCodeAsync("XQ"));
    }

    [Fact]
    public async Task Malformed_json_gets_400_problem_details_naming_the_body()
    {
        using var content = new StringContent("{\"code\": \"MAL-1\", \"name\": ", Encoding.UTF8, "application/json");
        var problem = await (await admin.PostAsync("/api/admin/agencies", content)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateObject());

        using var wrongType = new StringContent("{\"code\": \"MAL-2\", \"isMainOffice\": \"perhaps\"}", Encoding.UTF8, "application/json");
        var typed = await (await admin.PostAsync("/api/admin/agencies", wrongType)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(typed.FieldErrors("isMainOffice"));
        Assert.Equal(0, await CountByCodeAsync("MAL-"));
    }

    [Fact]
    public async Task Unknown_ids_get_404_problem_details()
    {
        var id = Guid.NewGuid();
        await (await admin.GetAsync($"/api/admin/agencies/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PutAsJsonAsync($"/api/admin/agencies/{id}", new { name = "X", shortName = "X", kind = "dinas" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync($"/api/admin/agencies/{id}/deactivate", null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deactivating_twice_or_reactivating_an_active_agency_is_a_conflict()
    {
        var id = (await (await admin.PostJsonAsync("/api/admin/agencies", Api.NewAgency("ACT-1"))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await (await admin.PostAsync($"/api/admin/agencies/{id}/reactivate", null)).ProblemAsync(HttpStatusCode.Conflict);
        var deactivated = await (await admin.PostAsync($"/api/admin/agencies/{id}/deactivate", null)).JsonAsync(HttpStatusCode.OK);
        Assert.False(deactivated.GetProperty("isActive").GetBoolean());
        await (await admin.PostAsync($"/api/admin/agencies/{id}/deactivate", null)).ProblemAsync(HttpStatusCode.Conflict);

        var publicList = await (await portal.CreateClient().GetAsync("/api/agencies?search=ACT-1")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, publicList.GetProperty("totalCount").GetInt32());

        var reactivated = await (await admin.PostAsync($"/api/admin/agencies/{id}/reactivate", null)).JsonAsync(HttpStatusCode.OK);
        Assert.True(reactivated.GetProperty("isActive").GetBoolean());
        Assert.Equal(3, reactivated.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Only_one_agency_hosts_the_main_office_and_it_cannot_be_deactivated()
    {
        await (await admin.PostJsonAsync("/api/admin/agencies", Api.NewAgency("MAIN-2", isMainOffice: true))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(0, await CountByCodeAsync("MAIN-2"));

        var kominfo = await (await admin.GetAsync("/api/admin/agencies?search=DISKOMINFO")).JsonAsync(HttpStatusCode.OK);
        var id = kominfo.GetProperty("items")[0].GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/admin/agencies/{id}/deactivate", null)).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Page_size_over_100_is_rejected_with_a_field_error()
    {
        var problem = await (await admin.GetAsync("/api/admin/agencies?pageSize=101")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("pageSize"));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private async Task<int> CountByCodeAsync(string code)
    {
        var list = await (await admin.GetAsync($"/api/admin/agencies?search={Uri.EscapeDataString(code)}")).JsonAsync(HttpStatusCode.OK);
        return list.GetProperty("totalCount").GetInt32();
    }
}
