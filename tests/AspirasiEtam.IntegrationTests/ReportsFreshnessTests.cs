using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// The DIP freshness score on the agency cards (issue 15), built from the register's events only, equals the Public
/// Information module's own scorecard for every agency — now, six months on, after a withdrawal, and through an
/// exemption and a publication after it — and a past period keeps the score it had at its end.
/// </summary>
public sealed class ReportsFreshnessTests
{
    // Tuesday 1 December 2026, 09:00 WITA.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_cards_freshness_equals_the_registers_scorecard_as_time_passes_and_entries_go()
    {
        await using var portal = new PortalFactory();
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var dispora = await host.As(Roles.MainOffice).PpidAgencyIdAsync("DISPORA");
        var officer = host.As(Roles.AgencyOfficer, dispora);
        var id = (await (await officer.PostAsJsonAsync("/api/staff/ppid/entries", Entry(dispora, "performance"))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await officer.PostAsync($"/api/staff/ppid/entries/{id}/publish", null)).EnsureSuccessStatusCode();
        var budget = (await (await officer.PostAsJsonAsync("/api/staff/ppid/entries", Entry(dispora, "budget"))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await officer.PostAsync($"/api/staff/ppid/entries/{budget}/publish", null)).EnsureSuccessStatusCode();

        async Task<Dictionary<string, int>> CardScoresAsync(string period) =>
            (await (await host.CreateClient().GetAsync($"/api/reports/aspirations?{period}")).JsonAsync(HttpStatusCode.OK)).GetProperty("agencies").EnumerateArray()
                .ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("dipFreshness").GetInt32());

        // Waits until the card's scores for the period satisfy `until` and equal the register's scorecard for every agency.
        async Task<Dictionary<string, int>> SameAsScorecardAsync(string period, Func<Dictionary<string, int>, bool> until, string what)
        {
            Dictionary<string, int> register = [];
            var cards = await Eventually.Until(
                async () =>
                {
                    register = (await (await host.CreateClient().GetAsync("/api/ppid/scorecard")).JsonAsync(HttpStatusCode.OK)).GetProperty("agencies").EnumerateArray()
                        .ToDictionary(a => a.GetProperty("code").GetString()!, a => a.GetProperty("score").GetInt32());
                    return await CardScoresAsync(period);
                },
                c => until(c) && register.All(r => c.TryGetValue(r.Key, out var score) && score == r.Value),
                what: what);
            Assert.NotEmpty(register);
            return cards;
        }

        var december = await SameAsScorecardAsync("year=2026&month=12", d => d["DISPORA"] > 0, "the December card to score DISPORA's two items");
        Assert.Equal(0, december["DINKES"]);

        // Six months on, both items fall overdue: half the score is gone, for June; December keeps its own.
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 2, 1, 0, 0, TimeSpan.Zero));
        var june = await SameAsScorecardAsync("year=2027&month=6", d => d["DISPORA"] < december["DISPORA"], "June's card to see the items overdue");
        Assert.Equal(december["DISPORA"] / 2.0, june["DISPORA"], 1.0);
        Assert.Equal(december["DISPORA"], (await CardScoresAsync("year=2026&month=12"))["DISPORA"]);

        // An update makes one item fresh again (2 published, 1 fresh of 8); a withdrawal takes the other off (1 and 1).
        (await officer.PutAsJsonAsync($"/api/staff/ppid/entries/{id}", Entry(dispora, "performance"))).EnsureSuccessStatusCode();
        var updated = await SameAsScorecardAsync("year=2027&month=6", d => d["DISPORA"] > june["DISPORA"], "June's card to see the update");
        (await officer.PostAsJsonAsync($"/api/staff/ppid/entries/{budget}/withdraw", new { reason = "Diganti dokumen baru." })).EnsureSuccessStatusCode();
        var after = await SameAsScorecardAsync("year=2027&month=6", d => d["DISPORA"] < updated["DISPORA"], "June's card to see the withdrawal");
        Assert.True(after["DISPORA"] > 0);

        // The open data and the CSV say the same.
        var open = await (await host.CreateClient().GetAsync("/api/reports/open-data?year=2027&month=6")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(after["DISPORA"], open.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "DISPORA")
            .GetProperty("figures").GetProperty("dipFreshness").GetInt32());
        var csv = await host.CreateClient().GetStringAsync("/api/reports/aspirations.csv?year=2027&month=6");
        Assert.EndsWith($",{after["DISPORA"]}", csv.Split('\n').Single(l => l.StartsWith("DISPORA,", StringComparison.Ordinal)).TrimEnd('\r'), StringComparison.Ordinal);

        // An entry declared exempt stops counting; when the exemption ends and it is published again, it counts again.
        var profile = (await (await officer.PostAsJsonAsync("/api/staff/ppid/entries", Entry(dispora, "profile"))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await officer.PostAsync($"/api/staff/ppid/entries/{profile}/publish", null)).EnsureSuccessStatusCode();
        var withProfile = await SameAsScorecardAsync("year=2027&month=6", d => d["DISPORA"] > after["DISPORA"], "June's card to count the profile");
        (await officer.PostAsJsonAsync($"/api/staff/ppid/entries/{profile}/exempt", new
        {
            ground = "17b", harm = "Membuka data ini sebelum waktunya merugikan persaingan usaha.", publicInterest = "Menutup sementara lebih melindungi kepentingan publik.",
            until = "2027-06-10", decidedBy = "SK PPID 9/2027", decidedOn = "2027-06-02",
        })).EnsureSuccessStatusCode();
        await SameAsScorecardAsync("year=2027&month=6", d => d["DISPORA"] == after["DISPORA"], "June's card to drop the exempt profile");
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 14, 1, 0, 0, TimeSpan.Zero));
        await Eventually.Until(
            async () =>
            {
                clock.Advance(TimeSpan.FromHours(1));
                return (await (await officer.GetAsync($"/api/staff/ppid/entries/{profile}")).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString();
            },
            status => string.Equals(status, "draft", StringComparison.OrdinalIgnoreCase), what: "the exemption to end");
        (await officer.PostAsync($"/api/staff/ppid/entries/{profile}/publish", null)).EnsureSuccessStatusCode();
        Assert.Equal(withProfile["DISPORA"], (await SameAsScorecardAsync("year=2027&month=6", d => d["DISPORA"] > after["DISPORA"], "June's card to count the profile again"))["DISPORA"]);
    }

    private static object Entry(Guid agency, string checklist) => new
    {
        agencyId = agency, title = $"Dokumen {checklist} Dispora 2026", summary = "Informasi berkala", category = "berkala", holdingUnit = "Sekretariat",
        personResponsible = "Sekretaris", form = "softcopy", retentionPeriod = "5 tahun", year = 2026, checklist,
    };
}
