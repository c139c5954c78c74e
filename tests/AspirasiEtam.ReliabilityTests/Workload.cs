using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AspirasiEtam.ReliabilityTests;

/// <summary>How a write ended for the client.</summary>
public enum Outcome
{
    /// <summary>2xx: the portal said it is done, so it must survive any crash after this.</summary>
    Acknowledged,

    /// <summary>4xx: the portal refused it (a 409 for an agency already inactive, say); nothing should have changed.</summary>
    Refused,

    /// <summary>5xx: an error answer; whether the change was stored is not promised.</summary>
    Failed,

    /// <summary>The connection broke or was refused (the host was killed): the client cannot know what happened.</summary>
    NoAnswer,
}

/// <summary>One write the workload sent. <paramref name="Key"/> names what it wrote: a title marker, an agency code or id, a staff email or id.</summary>
public sealed record Attempt(long Sequence, int Cycle, string Kind, string Key, Outcome Outcome, int? Status, DateTime StartedAt, DateTime EndedAt, JsonElement? Body, string? Error)
{
    public Guid? Id => Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("id", out var id) ? id.GetGuid() : null;

    public bool? IsActive => Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("isActive", out var active) ? active.GetBoolean() : null;

    public int? Version => Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("version", out var version) ? version.GetInt32() : null;

    public string? TrackingCode => Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("trackingCode", out var code) ? code.GetString() : null;
}

/// <summary>One start-to-kill cycle of the host.</summary>
public sealed record Cycle(int Number, DateTime StartedAt, DateTime ReadyAt, DateTime WarmedAt, DateTime BurstAt, DateTime KilledAt, int KillDelayMs, int Attempts);

public static class Kinds
{
    public const string CitizenSubmission = "submit (citizen, bearer)";
    public const string GuestSubmission = "submit (guest)";
    public const string RegisterAgency = "register agency";
    public const string DeactivateAgency = "deactivate agency";
    public const string ReactivateAgency = "reactivate agency";
    public const string UpdateAgency = "update agency";
    public const string InviteStaff = "invite staff";
    public const string DeactivateStaff = "deactivate staff";
    public const string ReactivateStaff = "reactivate staff";
    public const string ConvertToRequest = "convert to information request";

    public static readonly string[] Submissions = [CitizenSubmission, GuestSubmission];
    public static readonly string[] AgencyChanges = [DeactivateAgency, ReactivateAgency, UpdateAgency];
    public static readonly string[] StaffActivation = [DeactivateStaff, ReactivateStaff];
}

/// <summary>
/// A stream of writes that raise integration events with consumers in other modules (agencies registered,
/// deactivated and reactivated; staff invited, deactivated and reactivated) and of reports submitted by a signed-in
/// citizen and by guests, each with a unique marker in its title, some asking for information that PPID Utama converts
/// into requests of the Public Information module. Every attempt and how it ended goes to
/// <see cref="Ledger"/>. State (which agencies and staff exist, believed active or not) carries over the kills.
/// </summary>
public sealed class Workload
{
    public const string Password = "Demo-Kaltim-2026";
    public const string TitleMarker = "Uji ketahanan";

    private readonly ConcurrentQueue<Attempt> ledger = new();
    private readonly List<Tracked> agencies = [];
    private readonly List<Tracked> staff = [];
    private readonly Lock gate = new();
    private List<Guid> seededAgencies = [];
    private long sequence;
    private int submissions;
    private int agencyCodes;
    private int staffEmails;
    private int renames;

    public IReadOnlyList<Attempt> Ledger => [.. ledger.OrderBy(a => a.Sequence)];

    /// <summary>
    /// Sends one write of each kind and waits for the answers, runs writers against the host for a random 0.3–1.5 s,
    /// then a burst of concurrent writes, then kills the host -9 a random 50–800 ms after the burst began, while the
    /// burst's events are on their way to consumers.
    /// </summary>
    public async Task<Cycle> RunCycleAsync(AspirasiEtam.Testing.HostProcess host, int number, DateTime startedAt, Random random)
    {
        var readyAt = DateTime.UtcNow;
        using var client = host.CreateClient();
        var admin = await TokenAsync(client, "superadmin@demo.kaltimprov.go.id");
        var citizen = await TokenAsync(client, "warga@demo.kaltimprov.go.id");
        if (seededAgencies.Count == 0)
        {
            seededAgencies = await SeededAgenciesAsync(client, admin);
        }

        var before = ledger.Count;
        using var stop = new CancellationTokenSource();
        var session = new Session(this, client, admin, citizen, number);

        // A fresh process runs each path cold (JIT, caches, pools): on a busy machine its first report can take
        // seconds, and a stream of them would all still be waiting at the kill. One of each first, answered.
        await Task.WhenAll(
            session.SubmitAsync(guest: false), session.SubmitAsync(guest: true), session.RegisterAgencyAsync(), session.ChangeAgencyAsync(new Random(random.Next())),
            session.InviteStaffAsync(new Random(random.Next())), session.ConvertAsync());
        var warmedAt = DateTime.UtcNow;
        var workers = new List<Task>
        {
            Loop(new Random(random.Next()), stop.Token, r => r.NextDouble() < 0.6 ? session.RegisterAgencyAsync() : session.ChangeAgencyAsync(r)),
            Loop(new Random(random.Next()), stop.Token, r => r.NextDouble() < 0.6 ? session.RegisterAgencyAsync() : session.ChangeAgencyAsync(r)),
            Loop(new Random(random.Next()), stop.Token, r => r.NextDouble() < 0.6 ? session.InviteStaffAsync(r) : session.ToggleStaffAsync(r)),
            Loop(new Random(random.Next()), stop.Token, _ => session.SubmitAsync(guest: false)),
            Loop(new Random(random.Next()), stop.Token, _ => session.SubmitAsync(guest: false)),
            Loop(new Random(random.Next()), stop.Token, _ => session.SubmitAsync(guest: true)),
            Loop(new Random(random.Next()), stop.Token, _ => session.ConvertAsync()),
        };

        await Task.Delay(random.Next(300, 1500));
        var burstAt = DateTime.UtcNow;
        var burstRandom = new Random(random.Next());
        var burst = new List<Task>();
        for (var i = 0; i < 6; i++)
        {
            burst.Add(session.RegisterAgencyAsync());
        }

        for (var i = 0; i < 4; i++)
        {
            burst.Add(session.ChangeAgencyAsync(burstRandom));
        }

        burst.Add(session.InviteStaffAsync(burstRandom));
        burst.Add(session.InviteStaffAsync(burstRandom));
        burst.Add(session.ToggleStaffAsync(burstRandom));
        for (var i = 0; i < 8; i++)
        {
            burst.Add(session.SubmitAsync(guest: i % 3 == 0));
        }

        burst.Add(session.ConvertAsync());
        burst.Add(session.ConvertAsync());

        var killDelay = random.Next(50, 801);
        await Task.Delay(killDelay);
        host.Kill();
        var killedAt = DateTime.UtcNow;
        await stop.CancelAsync();
        await Task.WhenAll(workers.Concat(burst));
        return new Cycle(number, startedAt, readyAt, warmedAt, burstAt, killedAt, killDelay, ledger.Count - before);
    }

    private static async Task Loop(Random random, CancellationToken stop, Func<Random, Task> write)
    {
        while (!stop.IsCancellationRequested)
        {
            await write(random);
            try
            {
                await Task.Delay(random.Next(10, 60), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<string> TokenAsync(HttpClient client, string email)
    {
        // On the first start the demo accounts are seeded once the directory's agencies reached Identity.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var last = string.Empty;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.PostAsJsonAsync("api/auth/token", new { email, password = Password });
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.IsSuccessStatusCode)
            {
                return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"No token for {email}: {last}");
    }

    private static async Task<List<Guid>> SeededAgenciesAsync(HttpClient client, string admin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/admin/agencies?pageSize=100&active=true");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var list = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()
            .Where(a => !a.GetProperty("isMainOffice").GetBoolean())
            .Select(a => a.GetProperty("id").GetGuid())
            .ToList();
        return list.Count > 0 ? list : throw new InvalidOperationException("No seeded agencies to scope staff to.");
    }

    private Tracked? TakeOne(List<Tracked> from, Random random)
    {
        lock (gate)
        {
            if (from.Count == 0)
            {
                return null;
            }

            var start = random.Next(from.Count);
            for (var i = 0; i < from.Count; i++)
            {
                var candidate = from[(start + i) % from.Count];
                if (candidate.Gate.Wait(0))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>An agency or staff member the workload created, with what the workload believes its state is.</summary>
    private sealed class Tracked(Guid id, string key)
    {
        public Guid Id { get; } = id;

        public string Key { get; } = key;

        public bool BelievedActive { get; set; } = true;

        /// <summary>One write at a time per entity, so the writes to it have an order.</summary>
        public SemaphoreSlim Gate { get; } = new(1, 1);
    }

    /// <summary>The writes of one cycle, against one host process.</summary>
    private sealed class Session(Workload workload, HttpClient client, string admin, string citizen, int cycle)
    {
        public async Task SubmitAsync(bool guest)
        {
            var marker = $"S{Interlocked.Increment(ref workload.submissions):D5}";
            var body = new
            {
                kind = "aspiration",
                title = $"{TitleMarker} {marker}: usulan taman baca",
                description = "Kami mengusulkan taman baca untuk anak-anak karena belum ada perpustakaan di kelurahan kami.",
                categoryCode = "pendidikan",
                anonymous = false,
                confidential = true,
                email = guest ? $"tamu.{marker.ToLowerInvariant()}@example.com" : null,
            };
            await SendAsync(guest ? Kinds.GuestSubmission : Kinds.CitizenSubmission, marker, HttpMethod.Post, "api/aspirations", guest ? null : citizen, body);
        }

        /// <summary>
        /// A citizen asks for information through Aspirasi Etam and PPID Utama converts the report: the Public
        /// Information module must register it as one request, and the report must learn its number, across kills.
        /// </summary>
        public async Task ConvertAsync()
        {
            var marker = $"S{Interlocked.Increment(ref workload.submissions):D5}";
            var submitted = await SendAsync(Kinds.CitizenSubmission, marker, HttpMethod.Post, "api/aspirations", citizen, new
            {
                kind = "informationrequest",
                title = $"{TitleMarker} {marker}: permintaan data anggaran sekolah",
                description = "Saya meminta salinan rincian anggaran sekolah menengah negeri di kota kami untuk tahun ini.",
                categoryCode = "pendidikan",
                anonymous = false,
                confidential = false,
            });
            if (submitted is not { Outcome: Outcome.Acknowledged, TrackingCode: { } code })
            {
                return;
            }

            Guid id;
            try
            {
                using var find = new HttpRequestMessage(HttpMethod.Get, $"api/admin/aspirations/inbox?search={code}");
                find.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
                using var found = await client.SendAsync(find);
                if (!found.IsSuccessStatusCode)
                {
                    return;
                }

                id = (await found.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                return;
            }

            await SendAsync(Kinds.ConvertToRequest, id.ToString(), HttpMethod.Post, $"api/admin/aspirations/{id}/convert", admin, null);
        }

        public async Task RegisterAgencyAsync()
        {
            var n = Interlocked.Increment(ref workload.agencyCodes);
            var code = $"UJI-{n:D4}";
            var attempt = await SendAsync(Kinds.RegisterAgency, code, HttpMethod.Post, "api/admin/agencies", admin, new
            {
                code,
                name = $"Dinas Uji Ketahanan {n}",
                shortName = $"Uji {n}",
                kind = "dinas",
                categories = new[] { "uji-coba" },
            });
            if (attempt is { Outcome: Outcome.Acknowledged, Id: { } id })
            {
                lock (workload.gate)
                {
                    workload.agencies.Add(new Tracked(id, code));
                }
            }
        }

        /// <summary>Deactivates or reactivates (two times in three) or renames one of the agencies registered.</summary>
        public Task ChangeAgencyAsync(Random random) => random.Next(3) == 0
            ? WithOneAsync(workload.agencies, random, async agency =>
            {
                var renamed = $"Dinas Uji Ketahanan {agency.Key} ({Interlocked.Increment(ref workload.renames)})";
                await SendAsync(Kinds.UpdateAgency, agency.Id.ToString(), HttpMethod.Put, $"api/admin/agencies/{agency.Id}", admin, new { name = renamed, shortName = agency.Key, kind = "dinas", categories = new[] { "uji-coba" } });
            })
            : ToggleAsync(workload.agencies, random, "api/admin/agencies", Kinds.DeactivateAgency, Kinds.ReactivateAgency);

        public async Task InviteStaffAsync(Random random)
        {
            var n = Interlocked.Increment(ref workload.staffEmails);
            var email = $"uji.{n:D4}@kaltimprov.go.id";
            Guid agency;
            lock (workload.gate)
            {
                agency = workload.seededAgencies[random.Next(workload.seededAgencies.Count)];
            }

            var attempt = await SendAsync(Kinds.InviteStaff, email, HttpMethod.Post, "api/admin/staff", admin, new
            {
                email,
                fullName = $"Petugas Uji {n}",
                roles = new[] { "AgencyOfficer" },
                agencyIds = new[] { agency },
            });
            if (attempt is { Outcome: Outcome.Acknowledged, Id: { } id })
            {
                lock (workload.gate)
                {
                    workload.staff.Add(new Tracked(id, email));
                }
            }
        }

        public Task ToggleStaffAsync(Random random) =>
            ToggleAsync(workload.staff, random, "api/admin/staff", Kinds.DeactivateStaff, Kinds.ReactivateStaff);

        private Task ToggleAsync(List<Tracked> from, Random random, string path, string deactivate, string reactivate) =>
            WithOneAsync(from, random, async target =>
            {
                var kind = target.BelievedActive ? deactivate : reactivate;
                var action = target.BelievedActive ? "deactivate" : "reactivate";
                var attempt = await SendAsync(kind, target.Id.ToString(), HttpMethod.Post, $"{path}/{target.Id}/{action}", admin, null);
                if (attempt.Outcome == Outcome.Acknowledged && attempt.IsActive is { } active)
                {
                    target.BelievedActive = active;
                }
                else if (attempt.Status == (int)HttpStatusCode.Conflict)
                {
                    // Already so: an earlier write whose answer was lost in a kill did it.
                    target.BelievedActive = !target.BelievedActive;
                }
            });

        /// <summary>A write to one tracked entity that no other write is changing now; none when all are busy.</summary>
        private async Task WithOneAsync(List<Tracked> from, Random random, Func<Tracked, Task> write)
        {
            if (workload.TakeOne(from, random) is not { } target)
            {
                return;
            }

            try
            {
                await write(target);
            }
            finally
            {
                target.Gate.Release();
            }
        }

        private async Task<Attempt> SendAsync(string kind, string key, HttpMethod method, string url, string? token, object? body)
        {
            var sequence = Interlocked.Increment(ref workload.sequence);
            var startedAt = DateTime.UtcNow;
            Attempt attempt;
            try
            {
                using var request = new HttpRequestMessage(method, url);
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                request.Content = body is null ? null : JsonContent.Create(body);
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                var outcome = status switch
                {
                    >= 200 and < 300 => Outcome.Acknowledged,
                    >= 400 and < 500 => Outcome.Refused,
                    _ => Outcome.Failed,
                };
                JsonElement? json = null;
                try
                {
                    json = text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
                }
                catch (JsonException)
                {
                }

                attempt = new Attempt(sequence, cycle, kind, key, outcome, status, startedAt, DateTime.UtcNow, json, outcome == Outcome.Acknowledged ? null : Truncate(text));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                attempt = new Attempt(sequence, cycle, kind, key, Outcome.NoAnswer, null, startedAt, DateTime.UtcNow, null, ex.GetBaseException().Message);
            }

            workload.ledger.Enqueue(attempt);
            return attempt;
        }

        private static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;
    }
}

internal static class Clock
{
    public static string Time(DateTime utc) => utc.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
