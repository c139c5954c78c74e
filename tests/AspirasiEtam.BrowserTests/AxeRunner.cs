using System.Text.Json;
using Microsoft.Playwright;

namespace AspirasiEtam.BrowserTests;

/// <summary>axe-core (vendored from npm, Axe/README) run in a page: its WCAG 2.1 A and AA violations, one line each.</summary>
internal static class AxeRunner
{
    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Axe", "axe.min.js"));

    /// <summary>The page's violations; its context must bypass the page's content-security policy (axe is injected by the test).</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Script);
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                .violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
            """);
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }
}
