using System.Diagnostics;

namespace AspirasiEtam.IntegrationTests;

/// <summary>
/// A filesystem mounted for one test, so a storage fault is the kernel's own answer: a tmpfs of a few MiB fills up
/// (ENOSPC) and a read-only bind mount refuses writes (EROFS) whoever writes — the tests run as root, and root
/// ignores file modes (chmod), not a full or read-only filesystem. Unmounted (lazily, in case a descriptor is
/// still open) on dispose.
/// </summary>
internal sealed class Mounted : IDisposable
{
    private readonly bool ownsFolder;

    private Mounted(string path, bool ownsFolder) => (Path, this.ownsFolder) = (path, ownsFolder);

    public string Path { get; }

    /// <summary>A new folder with a tmpfs of <paramref name="megabytes"/> MiB on it.</summary>
    public static Mounted TinyDisk(int megabytes)
    {
        var path = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aspirasi-etam-tests", "disk-" + Guid.NewGuid().ToString("N"))).FullName;
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0755", "tmpfs", path);
        return new Mounted(path, ownsFolder: true);
    }

    /// <summary><paramref name="directory"/> bind-mounted read-only over itself: the same files, no writes.</summary>
    public static Mounted ReadOnly(string directory)
    {
        Run("mount", "--bind", directory, directory);
        var mounted = new Mounted(directory, ownsFolder: false);
        try
        {
            Run("mount", "-o", "remount,bind,ro", directory);
        }
        catch
        {
            mounted.Dispose();
            throw;
        }

        return mounted;
    }

    /// <summary>Writes a file into <paramref name="directory"/> until the filesystem answers that it is full.</summary>
    public static void Fill(string directory)
    {
        using var filler = new FileStream(System.IO.Path.Combine(directory, "filler.bin"), FileMode.Create, FileAccess.Write, FileShare.None, 1);
        var chunk = new byte[64 * 1024];
        try
        {
            while (true)
            {
                filler.Write(chunk);
                filler.Flush(flushToDisk: true);
            }
        }
        catch (IOException)
        {
            // ENOSPC: what this was for. The last chunk may have been cut short; the disk is full either way.
        }
    }

    /// <summary>The filler <see cref="Fill"/> wrote, removed: the disk has room again.</summary>
    public static void Free(string directory) => File.Delete(System.IO.Path.Combine(directory, "filler.bin"));

    public void Dispose()
    {
        Run("umount", "-l", Path);
        if (ownsFolder)
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Trim()}");
        }
    }
}

/// <summary>
/// A test that mounts filesystems (<see cref="Mounted"/>): it needs Linux and CAP_SYS_ADMIN (root in a privileged
/// container, as CI runs). Without them on a developer's machine it is skipped and says why; in CI (CI=true) it
/// runs anyway, so a runner that cannot mount fails the fault tests instead of passing them silently.
/// </summary>
public sealed class MountFactAttribute : FactAttribute
{
    private const int CapSysAdmin = 21;

    public MountFactAttribute()
    {
        if (!CanMount() && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "Mounting a tmpfs needs Linux and CAP_SYS_ADMIN (root in a privileged container).";
        }
    }

    private static bool CanMount()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/status"))
        {
            return false;
        }

        var effective = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("CapEff:", StringComparison.Ordinal))?["CapEff:".Length..].Trim();
        return ulong.TryParse(effective, System.Globalization.NumberStyles.HexNumber, null, out var caps) && (caps & (1UL << CapSysAdmin)) != 0;
    }
}
