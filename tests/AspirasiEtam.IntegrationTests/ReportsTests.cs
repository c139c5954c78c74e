using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// The Reports module (issue 15) builds each agency's record from the Aspirations module's events alone: its figures
/// equal a direct count over the Aspirations database, a repeated or late event changes nothing, and the public page
/// shows no reporter.
/// </summary>
public sealed class ReportsTests
{
    private const string PlantedName = "Pelapor Rahasia Kinerja";

    [Fact]
    public async Task The_agency_record_equals_a_direct_count_and_repeated_events_change_nothing()
    {
        await using var portal = new PortalFactory();
        var mainOffice = portal.As(Roles.MainOffice);
        var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
        var officer = portal.As(Roles.AgencyOfficer, dinkes);
        var codes = new List<string>();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add(await portal.As(Roles.Citizen).SubmitAspirationAsync(new
            {
                kind = "complaint", title = $"Pelayanan puskesmas lambat nomor {i}", categoryCode = "kesehatan", name = PlantedName,
                description = "Antrean di puskesmas sangat panjang dan petugas pendaftaran hanya satu orang setiap pagi.",
            }));
            ids.Add(await mainOffice.InboxIdAsync(codes[^1]));
        }

        // Four dispatched, three answered, one of them reopened and one rated.
        foreach (var id in ids.Take(4))
        {
            await mainOffice.DispatchAsync(id);
        }

        foreach (var id in ids.Take(3))
        {
            (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/respond", new { text = "Petugas pendaftaran ditambah satu orang mulai Senin." })).EnsureSuccessStatusCode();
        }

        (await portal.CreateClient().PostAsJsonAsync($"/api/aspirations/track/{codes[0]}/reply", new { text = "Masih panjang.", reopen = true })).EnsureSuccessStatusCode();
        (await portal.CreateClient().PostAsJsonAsync($"/api/aspirations/track/{codes[1]}/rating", new { stars = 4 })).EnsureSuccessStatusCode();

        var today = DateTime.UtcNow.AddHours(8);
        var url = $"/api/reports/aspirations?year={today.Year}&month={today.Month}";
        var cards = await Eventually.Until(
            async () => await (await portal.CreateClient().GetAsync(url)).JsonAsync(HttpStatusCode.OK),
            c => Dinkes(c).GetProperty("reopened").GetInt32() == 1 && Dinkes(c).GetProperty("ratings").GetInt32() == 1 && Dinkes(c).GetProperty("answered").GetInt32() == 3,
            what: "the Reports module to catch up with the Aspirations events");

        // The same figures counted directly over the Aspirations module's own tables.
        var source = portal.DatabaseFile("aspirations");
        var agency = dinkes.ToString().ToUpperInvariant();
        var card = Dinkes(cards);
        Assert.Equal(PortalFactory.Scalar<long>(source, $"SELECT COUNT(*) FROM Submissions WHERE AgencyId = '{agency}'"), card.GetProperty("received").GetInt32());
        Assert.Equal(PortalFactory.Scalar<long>(source, $"SELECT COUNT(*) FROM Submissions WHERE AgencyId = '{agency}' AND RespondedAt IS NOT NULL"), card.GetProperty("answered").GetInt32());
        Assert.Equal(PortalFactory.Scalar<long>(source, $"SELECT COUNT(*) FROM Submissions WHERE AgencyId = '{agency}' AND RespondedOnTime = 1"), card.GetProperty("answeredOnTime").GetInt32());
        Assert.Equal(PortalFactory.Scalar<double>(source, $"SELECT AVG(Rating) FROM Submissions WHERE AgencyId = '{agency}' AND Rating IS NOT NULL"), card.GetProperty("averageRating").GetDouble());
        Assert.Equal(PortalFactory.Scalar<long>(source, "SELECT COUNT(*) FROM Submissions"), cards.GetProperty("submitted").GetInt32());
        Assert.Equal(0, card.GetProperty("medianWorkingDays").GetInt32());
        Assert.Equal(100.0, card.GetProperty("onTimePercent").GetDouble());

        // Delivered again (a new message, the same facts) and late (an older dispatch): nothing moves.
        var bus = portal.Services.GetRequiredService<IBus>();
        var handled = PortalFactory.Scalar<long>(portal.DatabaseFile("reports"), "SELECT COUNT(*) FROM InboxMessages");
        var first = await Eventually.Until(() => Task.FromResult(FactRow(portal, ids[2])), row => row is not null, what: "the fact row");
        await bus.Publish(new AspirationResponded(ids[2], dinkes, DateTimeOffset.UtcNow.AddMinutes(5), OnTime: false, WorkingDays: 9));
        await bus.Publish(new AspirationDispatched(ids[2], Guid.NewGuid(), DateTime.UtcNow, DateTimeOffset.UtcNow.AddDays(-30)));
        var reopenedAt = PortalFactory.Scalar<string>(portal.DatabaseFile("reports"), "SELECT ReopenedAt FROM AspirationReopenings LIMIT 1");
        await bus.Publish(new AspirationReopened(ids[0], dinkes, new DateTimeOffset(DateTime.SpecifyKind(DateTime.Parse(reopenedAt, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc))));
        await Eventually.Until(
            () => Task.FromResult(PortalFactory.Scalar<long>(portal.DatabaseFile("reports"), "SELECT COUNT(*) FROM InboxMessages")),
            n => n >= handled + 3,
            what: "the Reports module to have handled the three events");
        Assert.Equal(first, FactRow(portal, ids[2]));
        Assert.Equal(card.GetRawText(), Dinkes(await (await portal.CreateClient().GetAsync(url)).JsonAsync(HttpStatusCode.OK)).GetRawText());

        // The public page: the agency and its figures, never the reporter or a tracking code.
        var page = await portal.CreateClient().GetStringAsync("/kinerja");
        Assert.Contains("Dinas Kesehatan", page, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedName, page, StringComparison.Ordinal);
        Assert.All(codes, code => Assert.DoesNotContain(code, page, StringComparison.Ordinal));
        await (await portal.CreateClient().GetAsync("/api/reports/aspirations?year=1999")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    private static JsonElement Dinkes(JsonElement cards) =>
        cards.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "DINKES").GetProperty("figures");

    private static string? FactRow(PortalFactory portal, Guid id) =>
        PortalFactory.Scalar<string?>(portal.DatabaseFile("reports"),
            $"SELECT AgencyId || '|' || DispatchedAt || '|' || RespondedAt || '|' || RespondedOnTime || '|' || WorkingDaysToRespond FROM AspirationFacts WHERE SubmissionId = '{id.ToString().ToUpperInvariant()}'");
}
