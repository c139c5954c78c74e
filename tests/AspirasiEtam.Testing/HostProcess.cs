using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace AspirasiEtam.Testing;

/// <summary>
/// The built host (<c>src/Host/AspirasiEtam.Host/bin/&lt;Configuration&gt;/net10.0/AspirasiEtam.Host.dll</c>) run as a
/// real process with <c>dotnet</c>, for tests that crash it: start on a free port and wait for
/// <c>/health/ready</c>, <see cref="Kill"/> it (SIGKILL on Linux, no shutdown code runs), start it again on the same
/// files. Its stdout and stderr go to <see cref="LogFile"/>, every start and kill marked in it; <see cref="LogTail"/>
/// is for failure messages. Every process started is killed on <see cref="DisposeAsync"/>, when the test process
/// exits, and (Linux, macOS) by a watchdog when the test process is killed, so no host outlives its test.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<HostProcess, byte> Live = new();
    private readonly string hostDll;
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly Lock logLock = new();
    private readonly StreamWriter log;
    private Process? process;
    private bool closed;

    static HostProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var host in Live.Keys)
        {
            host.Kill();
        }
    };

    /// <param name="hostDll">The host to run, usually <see cref="BuiltHostDll"/>.</param>
    /// <param name="settings">Environment variables for the host (<c>Section__Key</c>), on top of the test process's own.</param>
    /// <param name="logFile">Where the host's output is appended.</param>
    public HostProcess(string hostDll, IReadOnlyDictionary<string, string> settings, string logFile)
    {
        this.hostDll = hostDll;
        this.settings = settings;
        LogFile = logFile;
        log = new StreamWriter(new FileStream(logFile, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        Live[this] = 0;
    }

    /// <summary>The host's DLL built in the configuration the calling test assembly was built in.</summary>
    public static string BuiltHostDll(Assembly testAssembly)
    {
        var configuration = testAssembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(RepositoryRoot.Path, "src", "Host", "AspirasiEtam.Host", "bin", configuration, "net10.0", "AspirasiEtam.Host.dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"The host is not built in {configuration}: run `dotnet build -c {configuration}` first.", dll);
    }

    public string LogFile { get; }

    /// <summary>Where the running (or last) host listens: a new free port at every start.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public bool IsRunning => process is { HasExited: false };

    public int Starts { get; private set; }

    public int Kills { get; private set; }

    /// <summary>Starts the host on a free port and returns once <c>/health/ready</c> answers 200.</summary>
    public async Task StartAsync(TimeSpan readyTimeout)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The host is already running.");
        }

        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_ENVIRONMENT").ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        Starts++;
        var started = new Process { StartInfo = start, EnableRaisingEvents = true };
        started.OutputDataReceived += (_, e) => Write(e.Data);
        started.ErrorDataReceived += (_, e) => Write(e.Data);
        if (!started.Start())
        {
            throw new InvalidOperationException("dotnet did not start.");
        }

        process = started;
        Watch(started.Id);
        Write($"=== start #{Starts} at {Now()}: pid {started.Id}, {BaseAddress}");
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        await WaitReadyAsync(started, readyTimeout);
        Write($"=== ready #{Starts} at {Now()}");
    }

    /// <summary>kill -9: the process and its children, with no chance to run shutdown code. Returns once it is gone.</summary>
    public void Kill()
    {
        var running = process;
        if (running is null)
        {
            return;
        }

        try
        {
            if (!running.HasExited)
            {
                running.Kill(entireProcessTree: true);
                Kills++;
                Write($"=== kill -9 #{Kills} at {Now()}: pid {running.Id}");
            }

            running.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
        finally
        {
            running.Dispose();
            process = null;
        }
    }

    /// <summary>kill -9, then a start on the same files.</summary>
    public Task RestartAsync(TimeSpan readyTimeout)
    {
        Kill();
        return StartAsync(readyTimeout);
    }

    public HttpClient CreateClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>The last lines the host wrote, for a failure message.</summary>
    public string LogTail(int lines = 40)
    {
        lock (logLock)
        {
            using var reader = new StreamReader(new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            var all = reader.ReadToEnd().Split('\n');
            return $"--- last {Math.Min(lines, all.Length)} lines of {LogFile} ---\n" + string.Join('\n', all.TakeLast(lines));
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        Live.TryRemove(this, out _);
        lock (logLock)
        {
            closed = true;
            log.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private async Task WaitReadyAsync(Process started, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            if (started.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {started.ExitCode} before it was ready.\n{LogTail()}");
            }

            try
            {
                using var response = await client.GetAsync("health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host was not ready within {timeout.TotalSeconds:0} s (last: {last}).\n{LogTail()}");
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (logLock)
        {
            if (!closed)
            {
                log.WriteLine(line);
            }
        }
    }

    /// <summary>
    /// A shell that kills the host once the test process is gone: ProcessExit does not run when the test process
    /// itself is killed (a cancelled or timed-out run), and a host must not outlive its test. It ends with the host.
    /// </summary>
    private static void Watch(int hostPid)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var watchdog = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        watchdog.ArgumentList.Add("-c");
        watchdog.ArgumentList.Add($"while kill -0 {Environment.ProcessId} 2>/dev/null && kill -0 {hostPid} 2>/dev/null; do sleep 1; done; kill -9 {hostPid} 2>/dev/null");
        using var started = Process.Start(watchdog);
    }

    private static string Now() => DateTime.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
