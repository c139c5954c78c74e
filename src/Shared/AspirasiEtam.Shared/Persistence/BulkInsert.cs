using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AspirasiEtam.Shared.Persistence;

/// <summary>
/// Inserts many new rows of one entity type in the context's current transaction. On SQLite through one prepared
/// statement bound once per row, with EF Core's own column names and parameter mappings: EF Core's SaveChanges has
/// SQLite parse and prepare one INSERT per row, which is most of the time a read model spends catching up (ADR 0016).
/// Elsewhere (SQL Server, which batches them well) the rows are added to the context for its SaveChanges. The rows are
/// not tracked afterwards; entity types with store-generated or shadow properties are refused.
/// </summary>
public static class BulkInsert
{
    public static async Task AddAsync<T>(DbContext context, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (!context.Database.IsSqlite())
        {
            context.Set<T>().AddRange(rows);
            return;
        }

        if (context.Database.CurrentTransaction is not { } transaction)
        {
            throw new InvalidOperationException("BulkInsert runs inside the caller's transaction (ExclusiveWrite.RunAsync).");
        }

        var entityType = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Select(p => (Property: p, Name: p.GetColumnName(table)!, Mapping: p.GetRelationalTypeMapping())).ToList();
        if (columns.FirstOrDefault(c => c.Property.IsShadowProperty() || c.Property.ValueGenerated != ValueGenerated.Never) is { Property: { } refused })
        {
            throw new NotSupportedException($"BulkInsert cannot write {typeof(T).Name}.{refused.Name} (shadow or store-generated).");
        }

        var sql = context.GetService<ISqlGenerationHelper>();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((c, i) =>
        {
            var parameter = c.Mapping.CreateParameter(command, $"@p{i}", null, nullable: true);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].Property.GetGetter().GetClrValue(row);
                parameters[i].Value = (value is not null && columns[i].Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
