using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace AspirasiEtam.Host;

/// <summary>
/// Where the keys that protect cookies, bearer tokens and emailed links live, and how they are kept at rest: in a
/// folder only the service account may read (owner-only on Linux, tightened on every start), and encrypted with a
/// certificate when <c>DataProtection:CertificatePath</c> names one (PFX; the password from
/// <c>DataProtection:CertificatePassword</c>, e.g. an environment variable).
/// </summary>
internal static class DataProtectionKeys
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["DataProtection:KeysDirectory"] ?? Path.Combine("App_Data", "keys");
        var directory = new DirectoryInfo(Path.IsPathRooted(configured) ? configured : Path.Combine(environment.ContentRootPath, configured));
        OwnerOnlyFolder(directory);

        var protection = services.AddDataProtection()
            .SetApplicationName("AspirasiEtam")
            .PersistKeysToFileSystem(directory);
        var certificatePath = configuration["DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"DataProtection:CertificatePath ({certificatePath}) holds no private key: keys encrypted with it could never be read again.");
            }

            protection.ProtectKeysWithCertificate(certificate);
        }

        return services;
    }

    private static void OwnerOnlyFolder(DirectoryInfo directory)
    {
        if (OperatingSystem.IsWindows())
        {
            directory.Create(); // ACLs are the operator's: the service account's profile or a folder granted to it alone.
            return;
        }

        if (!directory.Exists)
        {
            Directory.CreateDirectory(directory.FullName, OwnerOnly);
        }

        File.SetUnixFileMode(directory.FullName, OwnerOnly);
    }
}
