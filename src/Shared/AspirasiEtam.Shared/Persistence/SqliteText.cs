using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Values as EF Core stores them in SQLite's text columns, read by hand-written queries
/// (<see cref="ModuleConnections{TContext}"/>) faster than Microsoft.Data.Sqlite reads them.
/// </summary>
public static class SqliteText
{
    /// <summary>
    /// A date and time column: on SQLite EF Core's text (<c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>) parsed digit by digit,
    /// as <c>GetDateTime</c> would answer it (kind unspecified) but without its general <see cref="DateTime.Parse(string, IFormatProvider)"/>
    /// (~1 µs; two dates a row were ~3 % of an agency's register page's CPU). Any other shape goes to that parse;
    /// other providers' readers answer their own <c>GetDateTime</c>.
    /// </summary>
    public static DateTime ReadDateTime(DbDataReader reader, int ordinal) =>
        reader is SqliteDataReader ? ParseDateTime(reader.GetString(ordinal)) : reader.GetDateTime(ordinal);

    /// <summary>EF Core's SQLite text of a date and time (any other text as <see cref="DateTime.Parse(string, IFormatProvider)"/> reads it).</summary>
    public static DateTime ParseDateTime(string text)
    {
        var s = text.AsSpan();
        if (s.Length >= 19 && s[4] == '-' && s[7] == '-' && s[10] == ' ' && s[13] == ':' && s[16] == ':'
            && Digits(s, 0, 4) is var year and >= 1 && Digits(s, 5, 2) is var month and >= 1 and <= 12
            && Digits(s, 8, 2) is var day && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && Digits(s, 11, 2) is var hour and >= 0 and < 24 && Digits(s, 14, 2) is var minute and >= 0 and < 60
            && Digits(s, 17, 2) is var second and >= 0 and < 60
            && Fraction(s[19..]) is var ticks and >= 0)
        {
            return new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        }

        return DateTime.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>The number the <paramref name="count"/> characters from <paramref name="start"/> write, or -1 if one is not a digit.</summary>
    private static int Digits(ReadOnlySpan<char> s, int start, int count)
    {
        var value = 0;
        foreach (var c in s.Slice(start, count))
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Ticks of "" or ".f" to ".fffffff" (seven digits at most), or -1 for anything else.</summary>
    private static long Fraction(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return 0;
        }

        if (s[0] != '.' || s.Length is < 2 or > 8 || Digits(s, 1, s.Length - 1) is not (>= 0 and var digits))
        {
            return -1;
        }

        var ticks = (long)digits;
        for (var i = s.Length - 1; i < 7; i++)
        {
            ticks *= 10;
        }

        return ticks;
    }
}
