using Microsoft.Extensions.Options;

namespace AspirasiEtam.Shared.Messaging;

/// <summary>How the outbox dispatchers work. Bound from the <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>When false, events stay in the outboxes (used to test delivery after a restart).</summary>
    public bool DispatchEnabled { get; set; } = true;

    /// <summary>How often a dispatcher looks when nobody signalled new messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 100;

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a dispatcher waits for every consumer to commit a batch; a consumer that has not is sent the message
    /// again after the backoff (its inbox absorbs a late duplicate).
    /// </summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

internal sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        var failures = new List<string>();
        if (options.PollInterval <= TimeSpan.Zero)
        {
            failures.Add("Outbox:PollInterval must be positive (e.g. 00:00:02).");
        }

        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add("Outbox:BatchSize must be between 1 and 10000.");
        }

        if (options.DeliveryTimeout <= TimeSpan.Zero)
        {
            failures.Add("Outbox:DeliveryTimeout must be positive (e.g. 00:00:30).");
        }

        if (options.MaxRetryDelay < TimeSpan.FromSeconds(1))
        {
            failures.Add("Outbox:MaxRetryDelay must be at least one second.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
