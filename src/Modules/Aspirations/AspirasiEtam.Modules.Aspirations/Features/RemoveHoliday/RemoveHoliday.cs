using AspirasiEtam.Modules.Aspirations.Contracts;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Features.RemoveHoliday;

/// <summary>An admin removes a day entered as a holiday by mistake.</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record RemoveHoliday(DateOnly Date) : IRequest<Unit>;

internal sealed class RemoveHolidayHandler(AspirationsDbContext context, TimeProvider clock, IOptions<AspirationsSettings> settings) : IRequestHandler<RemoveHoliday, Unit>
{
    public async Task<Unit> Handle(RemoveHoliday request, CancellationToken cancellationToken)
    {
        var holiday = await context.Holidays.FirstOrDefaultAsync(h => h.Date == request.Date, cancellationToken)
            ?? throw new NotFoundException($"{request.Date:yyyy-MM-dd} is not a holiday. / {request.Date:yyyy-MM-dd} bukan hari libur.");
        context.Holidays.Remove(holiday);
        var calendar = await context.Holidays.AsNoTracking().Where(h => h.Date != request.Date).Select(h => h.Date).ToListAsync(cancellationToken);
        await OpenDeadlines.RecountAsync(context, settings.Value.Clocks, calendar, cancellationToken);
        context.Publish(new HolidayRemoved(request.Date, clock.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class RemoveHolidayEndpoint
{
    public static void Map(IEndpointRouteBuilder calendar) =>
        calendar.MapDelete("/{date}", async Task<NoContent> (DateOnly date, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveHoliday(date), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveHoliday").WithSummary("Remove a holiday").ProducesProblem(StatusCodes.Status404NotFound);
}
