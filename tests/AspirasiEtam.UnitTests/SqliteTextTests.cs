using System.Globalization;
using AspirasiEtam.Shared.Persistence;
using Microsoft.Data.Sqlite;

namespace AspirasiEtam.UnitTests;

/// <summary>The fast reading of EF Core's SQLite date text answers what Microsoft.Data.Sqlite's own reading answers.</summary>
public sealed class SqliteTextTests
{
    private const string EfFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    public static TheoryData<DateTime> Dates() =>
    [
        new DateTime(2026, 11, 3, 10, 15, 30),
        new DateTime(2026, 11, 3, 10, 15, 30).AddTicks(1),
        new DateTime(2026, 11, 3, 10, 15, 30).AddTicks(1_234_567),
        new DateTime(2026, 11, 3, 10, 15, 30, 500),
        new DateTime(2024, 2, 29, 23, 59, 59).AddTicks(9_999_999),
        new DateTime(1, 1, 1),
        DateTime.MaxValue,
    ];

    [Theory]
    [MemberData(nameof(Dates))]
    public void EF_Cores_text_of_a_date_reads_back_as_the_date(DateTime date)
    {
        var text = date.ToString(EfFormat, CultureInfo.InvariantCulture);
        Assert.Equal(date, SqliteText.ParseDateTime(text));
        Assert.Equal(DateTime.Parse(text, CultureInfo.InvariantCulture), SqliteText.ParseDateTime(text));
        Assert.Equal(DateTimeKind.Unspecified, SqliteText.ParseDateTime(text).Kind);
    }

    [Theory]
    [InlineData("2026-11-03T10:15:30")]
    [InlineData("2026-11-03 10:15:30Z")]
    [InlineData("2026-11-03 10:15:30.12345678")]
    [InlineData("2026-11-03")]
    [InlineData("2026-11-03 10:15:30.")]
    public void Other_shapes_read_as_the_general_parse_reads_them(string text) =>
        Assert.Equal(DateTime.Parse(text, CultureInfo.InvariantCulture), SqliteText.ParseDateTime(text));

    [Theory]
    [InlineData("2026-02-30 10:15:30")]
    [InlineData("2026-13-01 10:15:30")]
    [InlineData("2026-11-03 24:15:30")]
    [InlineData("2026-11-03 10:15:3x")]
    public void Text_that_is_no_date_fails_as_the_general_parse_fails(string text)
    {
        Assert.Throws<FormatException>(() => DateTime.Parse(text, CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => SqliteText.ParseDateTime(text));
    }

    [Fact]
    public void A_SQLite_reader_reads_each_stored_date_as_its_GetDateTime_does()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE t (d TEXT NOT NULL); INSERT INTO t VALUES ($a), ($b), ($c); SELECT d FROM t;";
        command.Parameters.AddWithValue("$a", new DateTime(2026, 11, 3, 10, 15, 30).AddTicks(42));
        command.Parameters.AddWithValue("$b", new DateTime(2026, 11, 3, 10, 15, 30));
        command.Parameters.AddWithValue("$c", "2026-11-03T10:15:30Z");
        using var reader = command.ExecuteReader();
        var read = 0;
        while (reader.Read())
        {
            Assert.Equal(reader.GetDateTime(0), SqliteText.ReadDateTime(reader, 0));
            read++;
        }

        Assert.Equal(3, read);
    }
}
