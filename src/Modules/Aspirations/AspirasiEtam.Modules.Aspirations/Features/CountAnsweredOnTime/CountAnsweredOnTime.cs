using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.Aspirations.Features.CountAnsweredOnTime;

/// <summary>How many reports agencies answered this month (in WITA), and how many of them within the clock: the home page's live figure.</summary>
internal sealed record CountAnsweredOnTime : IRequest<AnsweredThisMonth>;

internal sealed record AnsweredThisMonth(DateOnly Month, int Answered, int OnTime);

internal sealed class CountAnsweredOnTimeHandler(AspirationsDbContext context, TimeProvider clock) : IRequestHandler<CountAnsweredOnTime, AnsweredThisMonth>
{
    public async Task<AnsweredThisMonth> Handle(CountAnsweredOnTime request, CancellationToken cancellationToken)
    {
        var today = LocalTime.Today(clock.GetUtcNow());
        var month = new DateOnly(today.Year, today.Month, 1);
        var from = new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), WorkingDayCalendar.Wita).UtcDateTime;
        var counts = await context.Submissions.AsNoTracking().Where(s => s.RespondedAt >= from)
            .GroupBy(_ => 1)
            .Select(g => new { Answered = g.Count(), OnTime = g.Count(s => s.RespondedOnTime == true) })
            .FirstOrDefaultAsync(cancellationToken);
        return new AnsweredThisMonth(month, counts?.Answered ?? 0, counts?.OnTime ?? 0);
    }
}
