using System.Net;
using System.Net.Http.Json;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>Staff accounts with real tokens: invitation, role rules, agency scope, deactivated agencies, the security log.</summary>
public sealed class StaffManagementTests() : RealSignInTests(requireTwoFactorForStaff: false)
{
    [Fact]
    public async Task Staff_are_invited_act_only_for_their_agencies_and_lose_a_deactivated_agency()
    {
        var admin = await TokenAsync(AdminEmail, AdminPassword);
        var dinkes = await AgencyIdAsync(admin, "DINKES");
        var dishub = await AgencyIdAsync(admin, "DISHUB");
        await Eventually.Until(
            async () => (await Send(admin, HttpMethod.Post, "/api/admin/staff", new { email = "probe@kaltimprov.go.id", fullName = "Probe", roles = new[] { "AgencyOfficer" }, agencyIds = new[] { dinkes } })).StatusCode,
            status => status == HttpStatusCode.Created,
            what: "the Identity module to learn the agencies");

        var noAgency = await (await Send(admin, HttpMethod.Post, "/api/admin/staff", new { email = "x@kaltimprov.go.id", fullName = "X", roles = new[] { "AgencyOfficer" } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noAgency.FieldErrors("agencyIds"));

        await (await Send(admin, HttpMethod.Post, "/api/admin/staff", new { email = "utama@kaltimprov.go.id", fullName = "PPID Utama", roles = new[] { "MainOffice" } }))
            .JsonAsync(HttpStatusCode.Created);
        var mainOffice = await AcceptInvitationAsync("utama@kaltimprov.go.id", "Utama-Kaltim-2026");
        await (await Send(mainOffice, HttpMethod.Post, "/api/admin/staff", new { email = "root2@kaltimprov.go.id", fullName = "Root 2", roles = new[] { "SuperAdmin" } }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await Send(mainOffice, HttpMethod.Get, "/api/admin/security-events")).ProblemAsync(HttpStatusCode.Forbidden);

        var officer = await (await Send(mainOffice, HttpMethod.Post, "/api/admin/staff", new { email = "dinkes@kaltimprov.go.id", fullName = "Petugas Dinkes", roles = new[] { "AgencyOfficer" }, agencyIds = new[] { dinkes } }))
            .JsonAsync(HttpStatusCode.Created);
        var officerToken = await AcceptInvitationAsync("dinkes@kaltimprov.go.id", "Dinkes-Kaltim-2026");
        await (await Send(officerToken, HttpMethod.Get, $"/api/staff/agencies/{dinkes}/contact")).JsonAsync(HttpStatusCode.OK);
        await (await Send(officerToken, HttpMethod.Put, $"/api/staff/agencies/{dinkes}/contact", new { phone = "(0541) 741010" })).JsonAsync(HttpStatusCode.OK);
        await (await Send(officerToken, HttpMethod.Get, $"/api/staff/agencies/{dishub}/contact")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Send(officerToken, HttpMethod.Put, $"/api/staff/agencies/{dishub}/contact", new { phone = "1" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await Send(officerToken, HttpMethod.Get, "/api/admin/staff")).ProblemAsync(HttpStatusCode.Forbidden);

        (await Send(admin, HttpMethod.Post, $"/api/admin/agencies/{dinkes}/deactivate")).EnsureSuccessStatusCode();
        var officerId = officer.GetProperty("id").GetGuid();
        await Eventually.Until(
            async () => await (await Send(admin, HttpMethod.Get, $"/api/admin/staff/{officerId}")).JsonAsync(HttpStatusCode.OK),
            staff => staff.GetProperty("agencies").GetArrayLength() == 0,
            what: "the deactivated agency to leave the officer's scope");

        var refresh = await Client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = LastRefreshToken });
        await refresh.ProblemAsync(HttpStatusCode.Unauthorized);

        var log = await (await Send(admin, HttpMethod.Get, "/api/admin/security-events?kind=ScopeChanged&email=dinkes@kaltimprov.go.id")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(log.GetProperty("items").EnumerateArray(), e => e.GetProperty("detail").GetString()!.Contains("DINKES", StringComparison.Ordinal));
        var staffCreated = await (await Send(admin, HttpMethod.Get, "/api/admin/security-events?kind=StaffCreated")).JsonAsync(HttpStatusCode.OK);
        Assert.True(staffCreated.GetProperty("totalCount").GetInt32() >= 3);
    }

    [Fact]
    public async Task A_deactivated_staff_member_can_no_longer_sign_in()
    {
        var admin = await TokenAsync(AdminEmail, AdminPassword);
        var created = await (await Send(admin, HttpMethod.Post, "/api/admin/staff", new { email = "atasan@kaltimprov.go.id", fullName = "Atasan", roles = new[] { "Supervisor" }, provinceWide = true }))
            .JsonAsync(HttpStatusCode.Created);
        await AcceptInvitationAsync("atasan@kaltimprov.go.id", "Atasan-Kaltim-2026");
        var id = created.GetProperty("id").GetGuid();

        (await Send(admin, HttpMethod.Post, $"/api/admin/staff/{id}/deactivate")).EnsureSuccessStatusCode();
        await (await Send(admin, HttpMethod.Post, $"/api/admin/staff/{id}/deactivate")).ProblemAsync(HttpStatusCode.Conflict);
        await (await Client.PostAsJsonAsync("/api/auth/token", new { email = "atasan@kaltimprov.go.id", password = "Atasan-Kaltim-2026" })).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    private async Task<Guid> AgencyIdAsync(string token, string code)
    {
        var list = await (await Send(token, HttpMethod.Get, $"/api/admin/agencies?search={code}")).JsonAsync(HttpStatusCode.OK);
        return list.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
    }
}
