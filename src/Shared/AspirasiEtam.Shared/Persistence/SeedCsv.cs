using System.Globalization;
using System.Reflection;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>Reads the small RFC 4180 CSV files modules ship as embedded seed data (CsvHelper: quoted fields, commas inside quotes).</summary>
public static class SeedCsv
{
    /// <summary>Rows of an embedded resource as header → value maps.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadEmbedded(Assembly assembly, string logicalName)
    {
        using var stream = assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"Seed file '{logicalName}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string text)
    {
        using var reader = new StringReader(text);
        return Read(reader);
    }

    private static List<IReadOnlyDictionary<string, string>> Read(TextReader text)
    {
        // A seed file is part of the release: a malformed one must stop the start, not seed half a list.
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true };
        using var csv = new CsvReader(text, configuration);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        if (!csv.Read() || !csv.ReadHeader())
        {
            return rows;
        }

        var header = csv.HeaderRecord!;
        try
        {
            while (csv.Read())
            {
                rows.Add(header.ToDictionary(name => name, name => csv.GetField(name)!));
            }
        }
        catch (BadDataException ex)
        {
            throw new FormatException($"Seed row {csv.Parser.Row} has {csv.Parser.Count} fields; the header has {header.Length}.", ex);
        }

        return rows;
    }
}
