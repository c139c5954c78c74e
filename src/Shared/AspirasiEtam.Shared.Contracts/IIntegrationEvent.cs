namespace AspirasiEtam.Shared.Contracts;

/// <summary>
/// Marks a message one module publishes for others. Implementations are immutable records in a
/// module's <c>.Contracts</c> project, named in the past tense, carrying ids and the few fields a consumer needs.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>When the change happened, in UTC.</summary>
    DateTimeOffset OccurredAt { get; }
}
