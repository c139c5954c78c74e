using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.IntegrationTests;

public sealed class HostTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly HttpClient visitor = portal.CreateClient();

    [Fact]
    public async Task Health_endpoints_report_live_and_every_module_database_ready()
    {
        var live = await (await visitor.GetAsync("/health/live")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Healthy", live.GetProperty("status").GetString());

        var ready = await (await visitor.GetAsync("/health/ready")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        var checks = ready.GetProperty("checks").EnumerateObject().Select(c => c.Name).ToList();
        foreach (var module in AspirasiEtam.Host.PortalModules.All)
        {
            Assert.Contains($"{module.Name}-database", checks);
        }
    }

    [Fact]
    public async Task The_openapi_document_and_its_reference_ui_are_served()
    {
        var document = await (await visitor.GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/agencies", paths);
        Assert.Contains("/api/admin/agencies", paths);
        Assert.Contains("/api/admin/agencies/{id}/deactivate", paths);

        var scalar = await visitor.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }

    [Fact]
    public async Task Every_admin_operation_in_the_openapi_document_answers_401_to_an_anonymous_caller()
    {
        var document = await (await visitor.GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);
        var operations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/admin", StringComparison.Ordinal)))
        {
            var url = System.Text.RegularExpressions.Regex.Replace(path.Name, "{[^}]+}", Guid.NewGuid().ToString());
            foreach (var operation in path.Value.EnumerateObject())
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url);
                if (operation.Value.TryGetProperty("requestBody", out var body))
                {
                    // What the operation accepts: a multipart upload, or JSON.
                    request.Content = body.TryGetProperty("content", out var content) && content.TryGetProperty("multipart/form-data", out _)
                        ? new MultipartFormDataContent()
                        : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                var response = await visitor.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{operation.Name.ToUpperInvariant()} {path.Name} answered {(int)response.StatusCode}");
                operations++;
            }
        }

        Assert.True(operations >= 7, $"only {operations} admin operations found in the document");
    }

    [Fact]
    public async Task An_unexpected_failure_answers_500_problem_details_without_exception_details()
    {
        var clock = new FailingClock();
        await using var failing = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var admin = failing.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        admin.DefaultRequestHeaders.Add(TestAuthentication.RolesHeader, AspirasiEtam.Shared.Contracts.Roles.MainOffice);
        clock.Fail = true;

        var response = await admin.PostAsJsonAsync("/api/admin/agencies", Api.NewAgency("BOOM-1"));
        var problem = await response.ProblemAsync(HttpStatusCode.InternalServerError);
        Assert.DoesNotContain(FailingClock.Secret, problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", problem.ToString(), StringComparison.Ordinal);

        clock.Fail = false;
        var list = await (await admin.GetAsync("/api/admin/agencies?search=BOOM-1")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await visitor.GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_api_answers_json_in_camel_case()
    {
        var body = await visitor.GetStringAsync("/api/agencies?pageSize=1");
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.TryGetProperty("totalCount", out _));
    }
}

/// <summary>A clock that fails on demand, to provoke an unexpected error inside a handler.</summary>
internal sealed class FailingClock : TimeProvider
{
    public const string Secret = "internal detail that must not reach the caller";

    public volatile bool Fail;

    public override DateTimeOffset GetUtcNow() => Fail ? throw new InvalidOperationException(Secret) : base.GetUtcNow();
}
