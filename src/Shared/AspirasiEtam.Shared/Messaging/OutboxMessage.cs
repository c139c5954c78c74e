using System.Collections.Concurrent;
using System.Text.Json;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AspirasiEtam.Shared.Messaging;

/// <summary>An integration event waiting in a module's outbox, or already published.</summary>
public sealed class OutboxMessage
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Resolving an assembly-qualified name parses it and looks the assembly up each time; event types are few.
    private static readonly ConcurrentDictionary<string, Type> Types = new();

    private OutboxMessage()
    {
    }

    /// <summary>Also the MassTransit message id, so consumers' inboxes recognise a redelivery.</summary>
    public Guid Id { get; private set; }

    /// <summary>"Full.Type.Name, AssemblyName" of the event.</summary>
    public string Type { get; private set; } = string.Empty;

    public string Content { get; private set; } = string.Empty;

    public DateTime OccurredAt { get; private set; }

    public DateTime? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>
    /// The consumer endpoints that committed this message while others had not yet (space-separated); null until a
    /// delivery was partial. A redelivery goes only to the endpoints not listed.
    /// </summary>
    public string? DeliveredTo { get; private set; }

    internal bool WasDeliveredTo(string endpoint) =>
        DeliveredTo is not null && DeliveredTo.Split(' ').Contains(endpoint, StringComparer.Ordinal);

    internal void MarkDeliveredTo(IEnumerable<string> endpoints) =>
        DeliveredTo = string.Join(' ', (DeliveredTo?.Split(' ') ?? []).Concat(endpoints).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>The <see cref="Type"/> of an email waiting to be sent: its content is blanked once sent.</summary>
    public static readonly string MailType = TypeName(typeof(OutgoingMail));

    internal static OutboxMessage From(IIntegrationEvent integrationEvent) => From(integrationEvent, integrationEvent.OccurredAt);

    internal static OutboxMessage From(object payload, DateTimeOffset occurredAt)
    {
        var type = payload.GetType();
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(occurredAt),
            Type = TypeName(type),
            Content = JsonSerializer.Serialize(payload, type, Json),
            OccurredAt = occurredAt.UtcDateTime,
            NextAttemptAt = occurredAt.UtcDateTime,
        };
    }

    private static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    internal (object Message, Type Type) Deserialize()
    {
        var type = Types.GetOrAdd(Type, name => System.Type.GetType(name, throwOnError: true)!);
        return (JsonSerializer.Deserialize(Content, type, Json)!, type);
    }

    /// <summary>Exponential backoff: 1 s, 2 s, 4 s … capped at <paramref name="maxDelay"/>.</summary>
    internal void MarkFailed(string error, DateTime now, TimeSpan maxDelay)
    {
        Attempts++;
        var seconds = Math.Min(Math.Pow(2, Math.Min(Attempts - 1, 30)), maxDelay.TotalSeconds);
        NextAttemptAt = now.AddSeconds(seconds);
        LastError = error.Length > 2000 ? error[..2000] : error;
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Type).HasMaxLength(500).IsRequired();
        builder.Property(m => m.Content).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.DeliveredTo).HasMaxLength(2000);
        builder.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });
    }
}
