using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Testing;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// Keyset paging through the public feed and PPID Utama's inbox: following the cursor page by page yields exactly
/// the one-page listing, in its order — for the compiled unfiltered shapes and for filtered lists alike.
/// </summary>
public sealed class KeysetPagingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/api/aspirations?pageSize={0}")]
    [InlineData("/api/aspirations?category=kesehatan&pageSize={0}")]
    public async Task Walking_the_feed_by_cursor_yields_the_whole_feed_once_in_order(string url)
    {
        var mainOffice = portal.As(Roles.MainOffice);
        var ids = new List<Guid>();
        foreach (var code in await SubmitSeveralAsync())
        {
            ids.Add(await mainOffice.InboxIdAsync(code, "Submitted"));
        }

        // Public only once verified: PPID Utama dispatches them all at once.
        (await mainOffice.PostAsJsonAsync("/api/admin/aspirations/dispatch", new { submissionIds = ids, agencyId = await mainOffice.DispatchAgencyIdAsync("DINKES") })).EnsureSuccessStatusCode();
        var anonymous = portal.CreateClient();

        var all = await IdsAsync(anonymous, string.Format(url, 100));
        var walked = await WalkAsync(anonymous, string.Format(url, 3));

        Assert.True(all.Count >= 7, $"expected the submitted reports in {url}, found {all.Count}");
        Assert.Equal(all, walked);
    }

    [Theory]
    [InlineData("/api/admin/aspirations/inbox?pageSize={0}")]
    [InlineData("/api/admin/aspirations/inbox?category=kesehatan&pageSize={0}")]
    public async Task Walking_the_main_office_inbox_by_cursor_yields_the_whole_inbox_once_in_order(string url)
    {
        await SubmitSeveralAsync();
        var mainOffice = portal.As(Roles.MainOffice);

        var all = await IdsAsync(mainOffice, string.Format(url, 100));
        var walked = await WalkAsync(mainOffice, string.Format(url, 3));

        Assert.True(all.Count >= 7, $"expected the submitted reports in {url}, found {all.Count}");
        Assert.Equal(all, walked);
    }

    private async Task<List<string>> SubmitSeveralAsync()
    {
        var citizen = portal.As(Roles.Citizen);
        var codes = new List<string>();
        for (var i = 1; i <= 7; i++)
        {
            codes.Add(await citizen.SubmitAspirationAsync(new
            {
                kind = "complaint",
                title = $"Antrean puskesmas panjang nomor {i}",
                description = "Warga menunggu berjam-jam setiap pagi tanpa nomor antrean yang jelas.",
                categoryCode = "kesehatan",
                privacy = "anonymous",
            }));
        }

        return codes;
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string url)
    {
        var page = await (await client.GetAsync(url)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextBefore").ValueKind);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }

    private static async Task<List<Guid>> WalkAsync(HttpClient client, string firstPage)
    {
        var ids = new List<Guid>();
        var url = firstPage;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await (await client.GetAsync(url)).JsonAsync(HttpStatusCode.OK);
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            if (page.GetProperty("nextBefore").ValueKind == JsonValueKind.Null)
            {
                return ids;
            }

            url = $"{firstPage}&before={Uri.EscapeDataString(page.GetProperty("nextBefore").GetString()!)}&beforeId={page.GetProperty("nextBeforeId").GetGuid()}";
        }

        throw new InvalidOperationException($"{firstPage} did not end within 100 pages");
    }
}
