using AspirasiEtam.Modules.OrganisationDirectory.Contracts;
using AspirasiEtam.Shared.Messaging;

namespace AspirasiEtam.UnitTests;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset OccurredAt = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_event_round_trips_through_the_outbox_with_its_type()
    {
        var original = new AgencyUpdated(Guid.NewGuid(), "DINKES", "Dinas Kesehatan", "Dinkes", "dinas", false, true, ["kesehatan"], 3, OccurredAt);

        var (message, type) = OutboxMessage.From(original).Deserialize();

        Assert.Equal(typeof(AgencyUpdated), type);
        var copy = Assert.IsType<AgencyUpdated>(message);
        Assert.Equal(original.AgencyId, copy.AgencyId);
        Assert.Equal(["kesehatan"], copy.Categories);
        Assert.Equal(3, copy.Version);
        Assert.Equal(OccurredAt, copy.OccurredAt);
    }

    [Fact]
    public void Failed_publishes_back_off_exponentially_up_to_the_cap()
    {
        var message = OutboxMessage.From(new AgencyDeactivated(Guid.NewGuid(), 2, OccurredAt));
        var now = OccurredAt.UtcDateTime;
        var delays = new List<double>();
        for (var i = 0; i < 12; i++)
        {
            message.MarkFailed("bus unavailable", now, TimeSpan.FromMinutes(5));
            delays.Add((message.NextAttemptAt - now).TotalSeconds);
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300], delays);
        Assert.Equal(12, message.Attempts);
        Assert.Null(message.ProcessedAt);
    }
}
