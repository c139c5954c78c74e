using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.IntegrationTests;

/// <summary>The host's own defences, with production settings: headers, HTTPS, the API reference kept in (the Server banner is checked on real Kestrel in the browser tests).</summary>
public sealed class HardeningTests
{
    [Fact]
    public async Task Every_answer_carries_the_security_headers_even_an_error_and_private_ones_are_not_stored()
    {
        await using var portal = new PortalFactory();
        var visitor = portal.CreateClient();
        foreach (var path in new[] { "/", "/aspirasi", "/api/aspirations", "/api/aspirations/track/ASP-2222-2222", "/tidak-ada" })
        {
            var response = await visitor.GetAsync(path);
            Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{path}: no CSP");
            Assert.Contains("script-src 'self'", csp!.Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }

        var staff = await portal.CreateClient(Roles.MainOffice).GetAsync("/api/admin/aspirations/inbox");
        Assert.True(staff.Headers.CacheControl?.NoStore, "staff answers must not be stored");
        Assert.True((await visitor.GetAsync("/masuk")).Headers.CacheControl?.NoStore, "account pages must not be stored");
        Assert.NotEqual(true, (await visitor.GetAsync("/api/aspirations")).Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task With_production_settings_http_goes_to_https_and_the_api_reference_is_for_administrators()
    {
        await using var portal = PortalFactory.With(new Dictionary<string, string?>
        {
            ["Portal:EnforceHttps"] = "true",
            ["Portal:ApiReference"] = "Admin",
            ["https_port"] = "443",
        });
        var plain = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://portal.example") });
        var redirected = await plain.GetAsync("/aspirasi");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https://portal.example/aspirasi", redirected.Headers.Location?.ToString());

        var secure = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.example") });
        Assert.True((await secure.GetAsync("/aspirasi")).Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await secure.GetAsync("/openapi/v1.json")).StatusCode);
        var admin = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.example") });
        admin.DefaultRequestHeaders.Add(TestAuthentication.RolesHeader, Roles.SuperAdmin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // folder permissions are ACLs there
    public async Task The_data_protection_keys_are_kept_where_only_the_service_reads_them()
    {
        var dataDirectory = PortalFactory.NewDataDirectory();
        var keys = Path.Combine(dataDirectory, "keys");
        Directory.CreateDirectory(keys, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            await using var portal = PortalFactory.With(new Dictionary<string, string?>(), dataDirectory);
            Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync("/masuk")).StatusCode);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
            Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        }
        finally
        {
            PortalFactory.DeleteDataDirectory(dataDirectory);
        }
    }

    [Fact]
    public async Task With_a_certificate_the_keys_are_encrypted_at_rest_and_still_read_after_a_restart()
    {
        var dataDirectory = PortalFactory.NewDataDirectory();
        Directory.CreateDirectory(dataDirectory);
        var certificatePath = Path.Combine(dataDirectory, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=AspirasiEtam data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificatePath, certificate.Export(X509ContentType.Pfx, "rahasia"));
        }

        var settings = new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = certificatePath,
            ["DataProtection:CertificatePassword"] = "rahasia",
        };
        try
        {
            string protectedText;
            await using (var first = PortalFactory.With(settings, dataDirectory))
            {
                protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("Siti Aminah");
            }

            var keyXml = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(dataDirectory, "keys"), "key-*.xml").Single());
            Assert.Contains("encryptedSecret", keyXml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", keyXml, StringComparison.Ordinal);

            await using var restarted = PortalFactory.With(settings, dataDirectory);
            Assert.Equal("Siti Aminah", restarted.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
        }
        finally
        {
            PortalFactory.DeleteDataDirectory(dataDirectory);
        }
    }
}
