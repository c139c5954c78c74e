using System.Reflection;
using System.Text;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>Reads the small RFC 4180 CSV files modules ship as embedded seed data (quoted fields, commas inside quotes).</summary>
public static class SeedCsv
{
    /// <summary>Rows of an embedded resource as header → value maps.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadEmbedded(Assembly assembly, string logicalName)
    {
        using var stream = assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"Seed file '{logicalName}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string text)
    {
        var records = SplitRecords(text).Where(r => r.Count > 1 || r[0].Length > 0).ToList();
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0];
        return records.Skip(1)
            .Select((fields, index) => fields.Count == header.Count
                ? (IReadOnlyDictionary<string, string>)header.Zip(fields).ToDictionary(p => p.First, p => p.Second)
                : throw new FormatException($"Seed row {index + 2} has {fields.Count} fields; the header has {header.Count}."))
            .ToList();
    }

    private static IEnumerable<List<string>> SplitRecords(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return fields;
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString().TrimEnd('\r'));
            yield return fields;
        }
    }
}
