using System.Net;
using System.Text.RegularExpressions;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AspirasiEtam.BrowserTests;

/// <summary>The real host on a real socket and Debian's headless Chromium, shared by the tests of a class.</summary>
public class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public PortalFactory Portal { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Portal = CreatePortal();
        Portal.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Portal.StartServer();
        var addresses = Portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());

        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is required in CI but missing at {ExecutablePath}: .ci/run installs it with apt-get.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>The host under test; by default signed-in users come from the test scheme.</summary>
    protected virtual PortalFactory CreatePortal() => new();

    /// <summary>A page in a fresh browser context; with headers, the test sign-in scheme makes it a staff member.</summary>
    public async Task<IPage> NewPageAsync(IDictionary<string, string>? headers = null)
    {
        var options = new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "id-ID" };
        if (headers is not null)
        {
            options.ExtraHTTPHeaders = headers;
        }

        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Waits until the page's address matches <paramref name="pattern"/> (a regular expression), polling the address
    /// alone. Playwright's WaitForURL also waits for the landed page's load event and once missed it after a redirect
    /// (CI stop 18: the browser was on /akun, the wait timed out); the next action waits for what it needs anyway.
    /// </summary>
    public static Task ArrivedAsync(IPage page, string pattern) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(pattern), new() { Timeout = 30_000 });

    /// <summary>Keeps a screenshot beside the test binaries, for a person to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Portal.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
