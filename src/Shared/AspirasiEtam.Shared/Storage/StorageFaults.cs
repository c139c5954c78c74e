using Microsoft.Data.Sqlite;

namespace AspirasiEtam.Shared.Storage;

/// <summary>
/// A folder the portal keeps data in (uploaded files, the mail pickup folder) refused a write: it is full, read-only,
/// or not a folder the app may write. Thrown where the write happens, so it is told apart from other I/O errors
/// (a request body cut short is an <see cref="IOException"/> too, and the client's fault).
/// </summary>
public sealed class StorageUnavailableException(string message, Exception innerException) : Exception(message, innerException);

/// <summary>
/// Which failures mean "the disk refused the write" — not the client's fault and not a bug: the same request succeeds
/// once an operator frees space or repairs the folder. They answer 503 with <see cref="RetryAfterSeconds"/>.
/// </summary>
public static class StorageFaults
{
    public const int RetryAfterSeconds = 30;

    // SQLite's primary result codes: SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly int[] SqliteCodes = [8, 10, 13, 14];

    // IOException.HResult is the errno on Linux (ENOSPC, EROFS, EDQUOT) and an HRESULT on Windows
    // (ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL, ERROR_WRITE_PROTECT).
    private static readonly int[] DiskHResults = [28, 30, 122, unchecked((int)0x80070070), unchecked((int)0x80070027), unchecked((int)0x80070013)];

    /// <summary>True when <paramref name="exception"/> or one it wraps (EF Core wraps SQLite's) is a storage fault.</summary>
    public static bool IsStorageFault(Exception exception) => Cause(exception) is not null;

    /// <summary>The storage fault in one line (type and message, no stack), for the log line of an outage.</summary>
    public static string Describe(Exception exception) =>
        Cause(exception) is { } cause ? $"{cause.GetType().Name}: {cause.Message}" : $"{exception.GetType().Name}: {exception.Message}";

    private static Exception? Cause(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is StorageUnavailableException
                || current is SqliteException sqlite && SqliteCodes.Contains(sqlite.SqliteErrorCode & 0xFF)
                || current is IOException io && DiskHResults.Contains(io.HResult))
            {
                return current;
            }
        }

        return null;
    }
}

/// <summary>The one way the portal checks that it can write a folder: create, flush to disk and delete a small file.</summary>
public static class FolderWriteProbe
{
    /// <summary>
    /// Throws what the disk answers (<see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>) when the
    /// folder cannot be created or written. A block of data, flushed: a full disk accepts an empty file.
    /// </summary>
    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var probe = Path.Combine(directory, $".write-probe-{Guid.NewGuid():N}");
        var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
        try
        {
            using (stream)
            {
                stream.Write(new byte[4096]);
                stream.Flush(flushToDisk: true);
            }
        }
        finally
        {
            File.Delete(probe);
        }
    }
}
