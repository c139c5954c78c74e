namespace AspirasiEtam.Modules.Identity.Accounts;

/// <summary>Bound from the <c>Identity</c> configuration section.</summary>
internal sealed class IdentitySettings
{
    public const string SectionName = "Identity";

    /// <summary>Staff roles must sign in with an authenticator app (TOTP). Development turns it off for the demo accounts.</summary>
    public bool RequireTwoFactorForStaff { get; set; } = true;

    /// <summary>The first super admin, created at start when no super admin exists (e.g. from environment variables).</summary>
    public BootstrapAdminSettings BootstrapAdmin { get; set; } = new();

    /// <summary>Development only: seed one demo account per role (listed in the README).</summary>
    public bool SeedDemoAccounts { get; set; }

    /// <summary>Lifetime of an API access token; refresh tokens live longer, work once each and are checked against the security stamp.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
}

internal sealed class BootstrapAdminSettings
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string FullName { get; set; } = "Super Admin";
}
