using AspirasiEtam.Modules.Identity.Contracts;
using AspirasiEtam.Shared.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Identity.Accounts;

/// <summary>
/// The roles, and the first super admin from configuration. No default password exists outside Development:
/// without <c>Identity:BootstrapAdmin</c> settings there is no super admin until an operator sets them.
/// </summary>
internal sealed class IdentitySeeder(
    IdentityModuleDbContext context,
    RoleManager<IdentityRole<Guid>> roles,
    UserManager<PortalUser> users,
    IOptions<IdentitySettings> settings,
    SecurityAudit audit,
    TimeProvider clock,
    ILogger<IdentitySeeder> logger) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                (await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() })).ThrowIfFailed();
            }
        }

        if ((await users.GetUsersInRoleAsync(Roles.SuperAdmin)).Count > 0)
        {
            return;
        }

        var bootstrap = settings.Value.BootstrapAdmin;
        if (string.IsNullOrWhiteSpace(bootstrap.Email) || string.IsNullOrEmpty(bootstrap.Password))
        {
            logger.LogWarning("There is no super admin. Set Identity:BootstrapAdmin:Email and Identity:BootstrapAdmin:Password (e.g. as environment variables) and restart to create one.");
            return;
        }

        var admin = await CreateStaffAsync(bootstrap.Email, bootstrap.FullName, bootstrap.Password, [Roles.SuperAdmin]);
        context.Publish(new StaffAccessChanged(admin.Id, admin.FullName, admin.Email!, [Roles.SuperAdmin], [], false, true, clock.GetUtcNow()));
        await audit.SaveAsync(SecurityEventKind.StaffCreated, admin.Id, admin.Email, "bootstrap super admin from configuration");
        logger.LogInformation("Created the first super admin from configuration");
    }

    public async Task<PortalUser> CreateStaffAsync(string email, string fullName, string password, IEnumerable<string> staffRoles, bool provinceWide = false)
    {
        var user = PortalUser.NewStaff(email, fullName, provinceWide, clock.GetUtcNow().UtcDateTime);

        // A seeded account gets no confirmation email: whoever configured it vouches for the address.
        user.EmailConfirmed = true;
        (await users.CreateAsync(user, password)).ThrowIfFailed();
        (await users.AddToRolesAsync(user, staffRoles)).ThrowIfFailed();
        return user;
    }
}

/// <summary>
/// Development only: one demo account per role, officers of two agencies (README lists them). Waits for the
/// agencies to arrive from the directory's events, since scopes refer to them.
/// </summary>
internal sealed class DemoAccountsSeeder(IServiceProvider services, IHostEnvironment environment, IOptions<IdentitySettings> settings, ILogger<DemoAccountsSeeder> logger)
    : BackgroundService
{
    public const string Password = "Demo-Kaltim-2026";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!environment.IsDevelopment() || !settings.Value.SeedDemoAccounts)
        {
            return;
        }

        for (var attempt = 0; attempt < 120 && !stoppingToken.IsCancellationRequested; attempt++)
        {
            using var scope = services.CreateScope();
            var context = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
            var agencies = context.KnownAgencies.Where(a => a.Code == "DINKES" || a.Code == "DISHUB").ToDictionary(a => a.Code, a => a.Id);
            if (agencies.Count == 2)
            {
                await SeedAsync(scope.ServiceProvider, context, agencies);
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
        }

        logger.LogWarning("Demo accounts were not seeded: agencies DINKES and DISHUB did not arrive from the directory");
    }

    private async Task SeedAsync(IServiceProvider provider, IdentityModuleDbContext context, Dictionary<string, Guid> agencies)
    {
        var users = provider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByEmailAsync("superadmin@demo.kaltimprov.go.id") is not null)
        {
            return;
        }

        var seeder = provider.GetRequiredService<IdentitySeeder>();
        var now = DateTimeOffset.UtcNow;
        async Task StaffAsync(string email, string name, string role, Guid? agency = null, bool provinceWide = false)
        {
            var user = await seeder.CreateStaffAsync(email, name, Password, [role], provinceWide);
            if (agency is { } id)
            {
                context.StaffAgencyScopes.Add(new StaffAgencyScope(user.Id, id));
            }

            context.Publish(new StaffAccessChanged(user.Id, name, email, [role], agency is { } a ? [a] : [], provinceWide, true, now));
        }

        await StaffAsync("superadmin@demo.kaltimprov.go.id", "Demo Super Admin", Roles.SuperAdmin);
        await StaffAsync("utama@demo.kaltimprov.go.id", "Demo PPID Utama", Roles.MainOffice);
        await StaffAsync("atasan@demo.kaltimprov.go.id", "Demo Atasan PPID", Roles.Supervisor, provinceWide: true);
        await StaffAsync("dinkes@demo.kaltimprov.go.id", "Demo Petugas Dinkes", Roles.AgencyOfficer, agencies["DINKES"]);
        await StaffAsync("dishub@demo.kaltimprov.go.id", "Demo Petugas Dishub", Roles.AgencyOfficer, agencies["DISHUB"]);
        await context.SaveChangesAsync();

        var citizen = PortalUser.NewCitizen("warga@demo.kaltimprov.go.id", "Demo Warga", null, DateTime.UtcNow);
        citizen.EmailConfirmed = true;
        (await users.CreateAsync(citizen, Password)).ThrowIfFailed();
        (await users.AddToRoleAsync(citizen, Roles.Citizen)).ThrowIfFailed();
        logger.LogInformation("Seeded the Development demo accounts (see README)");
    }
}
