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
        Assert.DoesNotContain(portal.Logs.Lines, line => line.Contains(PlantedName, StringComparison.Ordinal) || codes.Any(code => line.Contains(code, StringComparison.Ordinal)));
        await (await portal.CreateClient().GetAsync("/api/reports/aspirations?year=1999")).ProblemAsync(HttpStatusCode.BadRequest);

        // The agency's own page: the last 12 months, this one last, and the agency list links to it.
        var trend = await (await portal.CreateClient().GetAsync($"/api/reports/aspirations/agencies/dinkes?year={today.Year}&month={today.Month}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(12, trend.GetProperty("months").GetArrayLength());
        Assert.Equal(card.GetRawText(), trend.GetProperty("months")[11].GetProperty("figures").GetRawText());
        Assert.Equal(0, trend.GetProperty("months")[10].GetProperty("figures").GetProperty("received").GetInt32());
        Assert.Contains("href=\"/kinerja/DINKES\"", page, StringComparison.Ordinal);
        var agencyPage = await portal.CreateClient().GetStringAsync("/kinerja/DINKES");
        Assert.Contains("Dinas Kesehatan", agencyPage, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedName, agencyPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync("/kinerja/TIDAK-ADA")).StatusCode);

        // The same table to download: the province first, then the agencies; no reporter there either.
        var csv = await portal.CreateClient().GetStringAsync(url.Replace("aspirations?", "aspirations.csv?", StringComparison.Ordinal));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Kode OPD,OPD,Diterima,Dijawab", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.StartsWith("PROVINSI,", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith($"DINKES,Dinas Kesehatan,4,3,3,100,0,0,1,1,4", StringComparison.Ordinal));
        Assert.DoesNotContain(PlantedName, csv, StringComparison.Ordinal);
        var xlsx = await portal.CreateClient().GetAsync(url.Replace("aspirations?", "aspirations.xlsx?", StringComparison.Ordinal));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
        await (await portal.CreateClient().GetAsync(url.Replace("aspirations?", "aspirations.pdf?", StringComparison.Ordinal))).ProblemAsync(HttpStatusCode.BadRequest);
    }

    /// <summary>
    /// A Reports module that missed the history (its database gone, as for a module added to a running portal) asks
    /// the sources to tell it again, and ends with the figures of a portal that had it from the start.
    /// </summary>
    [Fact]
    public async Task A_reports_database_started_afresh_catches_up_to_the_same_figures()
    {
        var data = PortalFactory.NewDataDirectory();
        try
        {
            string expected;
            var url = $"/api/reports/aspirations?year={DateTime.UtcNow.AddHours(8).Year}";
            await using (var first = PortalFactory.With(new Dictionary<string, string?>(), data))
            {
                var mainOffice = first.As(Roles.MainOffice);
                var dinkes = await mainOffice.DispatchAgencyIdAsync("DINKES");
                var officer = first.As(Roles.AgencyOfficer, dinkes);
                var codes = new List<string>();
                for (var i = 0; i < 6; i++)
                {
                    var code = await first.As(Roles.Citizen).SubmitAspirationAsync(new
                    {
                        kind = i % 2 == 0 ? "complaint" : "aspiration", title = $"Jalan desa rusak berat nomor {i}", categoryCode = "kesehatan",
                        description = "Jalan menuju puskesmas desa rusak berat sehingga ambulans tidak bisa lewat saat hujan.",
                    });
                    codes.Add(code);
                    var id = await mainOffice.InboxIdAsync(code);
                    if (i == 5)
                    {
                        (await mainOffice.PostAsJsonAsync($"/api/admin/aspirations/{id}/reject", new { reason = "toogeneral", note = "Lokasi tidak disebutkan." })).EnsureSuccessStatusCode();
                        continue;
                    }

                    await mainOffice.DispatchAsync(id);
                    if (i < 4)
                    {
                        (await officer.PostAsJsonAsync($"/api/staff/aspirations/{id}/respond", new { text = "Perbaikan dijadwalkan bulan ini." })).EnsureSuccessStatusCode();
                    }
                }

                (await first.CreateClient().PostAsJsonAsync($"/api/aspirations/track/{codes[0]}/reply", new { text = "Belum diperbaiki.", reopen = true })).EnsureSuccessStatusCode();
                (await first.CreateClient().PostAsJsonAsync($"/api/aspirations/track/{codes[1]}/rating", new { stars = 3 })).EnsureSuccessStatusCode();
                (await first.CreateClient().PostAsJsonAsync($"/api/aspirations/track/{codes[2]}/rating", new { stars = 5 })).EnsureSuccessStatusCode();
                // Two requests for information, one decided.
                var ppidDinkes = await mainOffice.PpidAgencyIdAsync("DINKES");
                var request = await (await first.CreateClient().PostAsync("/api/ppid/requests", InformationRequestTests.Form(
                    InformationRequestTests.Fields(ppidDinkes, "pemohon.ulang@example.id"), ("ktp.jpg", PlantedFiles.Jpeg("Pemohon"))))).JsonAsync(HttpStatusCode.Created);
                (await first.CreateClient().PostAsync("/api/ppid/requests", InformationRequestTests.Form(
                    InformationRequestTests.Fields(ppidDinkes, "pemohon.ulang@example.id"), ("ktp.jpg", PlantedFiles.Jpeg("Pemohon"))))).EnsureSuccessStatusCode();
                (await first.As(Roles.AgencyOfficer, ppidDinkes).PostAsJsonAsync($"/api/staff/ppid/requests/{request.GetProperty("id").GetGuid()}/decide", new { outcome = "granted", text = "Diberikan." }))
                    .EnsureSuccessStatusCode();

                // A register entry that answers for a berkala checklist item, published then updated: DINKES's DIP freshness.
                var ppidOfficer = first.As(Roles.AgencyOfficer, ppidDinkes);
                var entry = new
                {
                    agencyId = ppidDinkes, title = "LKjIP Dinas Kesehatan 2026", summary = "Laporan kinerja tahunan", category = "berkala", holdingUnit = "Sekretariat",
                    personResponsible = "Sekretaris", form = "softcopy", retentionPeriod = "5 tahun", year = 2026, checklist = "performance",
                };
                var entryId = (await (await ppidOfficer.PostAsJsonAsync("/api/staff/ppid/entries", entry)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
                (await ppidOfficer.PostAsync($"/api/staff/ppid/entries/{entryId}/publish", null)).EnsureSuccessStatusCode();
                (await ppidOfficer.PutAsJsonAsync($"/api/staff/ppid/entries/{entryId}", entry)).EnsureSuccessStatusCode();
                var cards = await Eventually.Until(
                    async () => await (await first.CreateClient().GetAsync(url)).JsonAsync(HttpStatusCode.OK),
                    c => c.GetProperty("province").GetProperty("ratings").GetInt32() == 2 && c.GetProperty("province").GetProperty("reopened").GetInt32() == 1
                        && c.GetProperty("province").GetProperty("answered").GetInt32() == 4 && c.GetProperty("submitted").GetInt32() == 6
                        && c.GetProperty("province").GetProperty("received").GetInt32() == 5
                        && c.GetProperty("province").GetProperty("requests").GetProperty("received").GetInt32() == 2
                        && c.GetProperty("province").GetProperty("requests").GetProperty("decided").GetInt32() == 1
                        && c.GetProperty("agencies").EnumerateArray().Any(a => a.GetProperty("code").GetString() == "DINKES" && a.GetProperty("dipFreshness").GetInt32() > 0),
                    what: "the Reports module to count everything");
                expected = cards.GetRawText();
            }

            // The pooled connections still hold the old file open: let them go before it goes.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(data, "reports.db*"))
            {
                File.Delete(file);
            }

            await using var second = PortalFactory.With(new Dictionary<string, string?>(), data);
            // The four sources (directory, identity, aspirations, PPID) said they told everything again (the replay's
            // completion follows its events in each outbox).
            await second.CreateClient().GetAsync("/health/live");
            await Eventually.Until(
                () => Task.FromResult(PortalFactory.Scalar<long>(second.DatabaseFile("reports"), "SELECT COUNT(*) FROM SourceReplays WHERE CompletedAt IS NOT NULL")),
                n => n == 4,
                what: "the four sources to finish their replay");
            try
            {
                await Eventually.Until(
                    async () => await (await second.CreateClient().GetAsync(url)).JsonAsync(HttpStatusCode.OK),
                    c => c.GetRawText() == expected,
                    timeout: TimeSpan.FromSeconds(60), // the replay, the recount, and a cached answer that may outlive them by up to 10 s
                    what: "the rebuilt Reports module to reach the same figures");
            }
            catch (TimeoutException)
            {
                // Fall through to the comparison, which shows where the figures differ.
            }

            Assert.Equal(expected, (await (await second.CreateClient().GetAsync(url)).JsonAsync(HttpStatusCode.OK)).GetRawText());
        }
        finally
        {
            PortalFactory.DeleteDataDirectory(data);
        }
    }

    private static JsonElement Dinkes(JsonElement cards) =>
        cards.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "DINKES").GetProperty("figures");

    private static string? FactRow(PortalFactory portal, Guid id) =>
        PortalFactory.Scalar<string?>(portal.DatabaseFile("reports"),
            $"SELECT AgencyId || '|' || DispatchedAt || '|' || RespondedAt || '|' || RespondedOnTime || '|' || WorkingDaysToRespond FROM AspirationFacts WHERE SubmissionId = '{id.ToString().ToUpperInvariant()}'");
}
