using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>What a failed save means, the same for both providers.</summary>
public static class SaveConflicts
{
    /// <summary>
    /// The save lost a race: another request changed the same aggregate first (its row version moved on) or stored
    /// the same key (a duplicate support, holiday, agency code). The caller may reload and decide again: 409.
    /// </summary>
    public static bool IsConflict(Exception exception) =>
        exception is DbUpdateConcurrencyException || (exception is DbUpdateException update && IsDuplicateKey(update));

    /// <summary>A primary-key or unique-index violation.</summary>
    public static bool IsDuplicateKey(DbUpdateException exception) => exception.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE (2067), SQLITE_CONSTRAINT_PRIMARYKEY (1555).
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        // Cannot insert duplicate key row (2601) / violation of a PRIMARY KEY or UNIQUE constraint (2627).
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>The bilingual answer to a lost race (API detail and page message alike).</summary>
    public const string ConflictMessage =
        "Data ini baru saja diubah oleh orang lain. Muat ulang dan coba lagi. / Someone else changed this record at the same time. Reload it and try again.";
}
