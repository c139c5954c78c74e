using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// The holiday calendar counts a year as covered only once an admin confirmed its list against the decree: one
/// holiday entered for next year no longer silences the warning while its collective leave is missing.
/// </summary>
public sealed class HolidayCalendarTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    // Monday 30 November 2026: the next 60 days reach into 2027.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_year_is_covered_once_its_list_is_imported_and_confirmed_and_a_new_import_asks_for_confirmation_again()
    {
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var admin = host.As(Roles.MainOffice);
        async Task<JsonElement> CalendarAsync() => await (await admin.GetAsync("/api/admin/holidays?year=2027")).JsonAsync(HttpStatusCode.OK);

        var shipped = await CalendarAsync();
        Assert.Equal([2025, 2026], shipped.GetProperty("confirmedYears").EnumerateArray().Select(y => y.GetInt32()).ToArray());
        Assert.Equal("2026-12-31", shipped.GetProperty("coveredUntil").GetString());
        Assert.NotEqual(JsonValueKind.Null, shipped.GetProperty("warning").ValueKind);

        // New Year's Day 2027 alone does not cover 2027 (its Idul Fitri and collective leave are missing).
        (await admin.PostAsJsonAsync("/api/admin/holidays", new { date = "2027-01-01", kind = "national", nameId = "Tahun Baru", nameEn = "New Year" })).EnsureSuccessStatusCode();
        Assert.NotEqual(JsonValueKind.Null, (await CalendarAsync()).GetProperty("warning").ValueKind);
        await (await admin.PostAsync("/api/admin/holidays/2028/confirm", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty((await (await admin.PostAsync("/api/admin/holidays/0/confirm", null)).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await admin.PostAsync("/api/admin/holidays/0/import", Csv("date,kind,name_id,name_en\n"))).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));

        // A list with a bad row changes nothing, and says which row.
        var bad = await (await admin.PostAsync("/api/admin/holidays/2027/import", Csv("""
            date,kind,name_id,name_en
            2027-01-01,national,Tahun Baru 2027 Masehi,New Year's Day
            2028-03-10,national,Idul Fitri 1448 H,Eid al-Fitr
            """))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("3", Assert.Single(bad.FieldErrors("file")), StringComparison.Ordinal);
        Assert.Single((await CalendarAsync()).GetProperty("holidays").EnumerateArray());

        var imported = await (await admin.PostAsync("/api/admin/holidays/2027/import", Csv("""
            date,kind,name_id,name_en
            2027-01-01,national,Tahun Baru 2027 Masehi,New Year's Day
            2027-03-10,national,Idul Fitri 1448 H,Eid al-Fitr
            2027-03-11,collective_leave,Cuti Bersama Idul Fitri,Eid al-Fitr collective leave
            """))).JsonAsync(HttpStatusCode.OK);
        Assert.False(imported.GetProperty("confirmed").GetBoolean());
        Assert.Equal(3, (await CalendarAsync()).GetProperty("holidays").GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, (await CalendarAsync()).GetProperty("warning").ValueKind);

        (await admin.PostAsync("/api/admin/holidays/2027/confirm", null)).EnsureSuccessStatusCode();
        var covered = await CalendarAsync();
        Assert.Equal(JsonValueKind.Null, covered.GetProperty("warning").ValueKind);
        Assert.Equal("2027-12-31", covered.GetProperty("coveredUntil").GetString());
        await (await admin.PostAsync("/api/admin/holidays/2027/confirm", null)).ProblemAsync(HttpStatusCode.Conflict);

        // The request clocks' copy of the calendar follows, names included.
        long Ppid(string sql) => PortalFactory.Scalar<long>(portal.DatabaseFile("ppid"), sql);
        await Eventually.Until(() => Task.FromResult(Ppid("SELECT COUNT(*) FROM Holidays WHERE Date LIKE '2027-%'")), n => n == 3, what: "the PPID calendar to learn 2027");
        await Eventually.Until(
            () => Task.FromResult(PortalFactory.Scalar<string>(portal.DatabaseFile("ppid"), "SELECT NameId FROM Holidays WHERE Date = '2027-01-01'")),
            name => name == "Tahun Baru 2027 Masehi", what: "the PPID calendar to take the decree's name");

        // A new list for the year (the leave day withdrawn) is imported and asks for confirmation again.
        (await admin.PostAsync("/api/admin/holidays/2027/import", Csv("""
            date,kind,name_id,name_en
            2027-01-01,national,Tahun Baru 2027 Masehi,New Year's Day
            2027-03-10,national,Idul Fitri 1448 H,Eid al-Fitr
            """))).EnsureSuccessStatusCode();
        Assert.NotEqual(JsonValueKind.Null, (await CalendarAsync()).GetProperty("warning").ValueKind);
        await Eventually.Until(() => Task.FromResult(Ppid("SELECT COUNT(*) FROM Holidays WHERE Date = '2027-03-11'")), n => n == 0, what: "the PPID calendar to drop the withdrawn day");
    }

    [Fact]
    public async Task A_holiday_added_while_a_report_waits_moves_its_deadline_and_removing_it_moves_it_back()
    {
        await using var host = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var admin = host.As(Roles.MainOffice);
        var code = await host.As(Roles.Citizen).SubmitAspirationAsync(new
        {
            kind = "aspiration", title = "Usulan halte bus di depan pasar", description = "Mohon dibangun halte bus di depan pasar agar warga tidak menunggu di bawah terik matahari.",
            categoryCode = "infrastruktur",
        });
        var id = await admin.InboxIdAsync(code);
        async Task<DateTime> DueAsync() => (await (await admin.GetAsync($"/api/staff/aspirations/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("dueAt").GetDateTime();

        // Received Monday 30 November 10:00 WITA: verified within 3 working days, by Thursday 3 December.
        Assert.Equal(new DateTime(2026, 12, 3, 15, 59, 59), await DueAsync());
        (await admin.PostAsJsonAsync("/api/admin/holidays", new { date = "2026-12-02", kind = "collective_leave", nameId = "Cuti Bersama Uji", nameEn = "Test leave" })).EnsureSuccessStatusCode();
        Assert.Equal(new DateTime(2026, 12, 4, 15, 59, 59), await DueAsync());
        (await admin.DeleteAsync("/api/admin/holidays/2026-12-02")).EnsureSuccessStatusCode();
        Assert.Equal(new DateTime(2026, 12, 3, 15, 59, 59), await DueAsync());
    }

    private static MultipartFormDataContent Csv(string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "libur-2027.csv" } };
    }
}
