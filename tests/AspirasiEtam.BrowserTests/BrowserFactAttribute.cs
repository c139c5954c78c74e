namespace AspirasiEtam.BrowserTests;

/// <summary>
/// A test that needs Debian's Chromium. Where it is absent on a developer's machine the test is skipped and
/// says why; in CI (CI=true) it runs anyway, so a missing browser fails instead of passing silently.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"Chromium is not installed at {Chromium.ExecutablePath} (apt-get install -y chromium).";
        }
    }
}
