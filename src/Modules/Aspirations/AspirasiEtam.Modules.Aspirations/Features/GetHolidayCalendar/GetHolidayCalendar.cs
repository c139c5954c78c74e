using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.Aspirations.Features.GetHolidayCalendar;

/// <summary>
/// The holiday calendar the working-day clocks use, the years an admin confirmed against their decree, and a warning
/// when the confirmed years do not reach 60 days ahead.
/// </summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record GetHolidayCalendar(int? Year) : IRequest<HolidayCalendarResponse>;

internal sealed class GetHolidayCalendarValidator : AbstractValidator<GetHolidayCalendar>
{
    public GetHolidayCalendarValidator() =>
        RuleFor(r => r.Year).InclusiveBetween(2000, 2100).When(r => r.Year is not null).WithMessage("Tahun 2000–2100. / Year must be 2000–2100.");
}

internal sealed record HolidayCalendarResponse(IReadOnlyList<HolidayResponse> Holidays, IReadOnlyList<int> ConfirmedYears, DateOnly? CoveredUntil, string? Warning);

internal sealed class GetHolidayCalendarHandler(AspirationsDbContext context, TimeProvider clock) : IRequestHandler<GetHolidayCalendar, HolidayCalendarResponse>
{
    public async Task<HolidayCalendarResponse> Handle(GetHolidayCalendar request, CancellationToken cancellationToken)
    {
        var holidays = await context.Holidays.AsNoTracking()
            .Where(h => request.Year == null || (h.Date >= new DateOnly(request.Year.Value, 1, 1) && h.Date <= new DateOnly(request.Year.Value, 12, 31)))
            .OrderBy(h => h.Date)
            .Select(h => new HolidayResponse(h.Date, h.Kind, h.NameId, h.NameEn))
            .ToListAsync(cancellationToken);
        var confirmed = await context.CalendarYears.AsNoTracking().OrderBy(y => y.Year).Select(y => y.Year).ToListAsync(cancellationToken);
        var today = LocalTime.Today(clock.GetUtcNow());
        var horizon = today.AddDays(60);
        var warning = WorkingDayCalendar.RunsOutSoon(confirmed, today)
            ? $"Kalender libur yang dikonfirmasi belum mencakup 60 hari ke depan (sampai {horizon:yyyy-MM-dd}); impor daftar libur nasional dan cuti bersama tahun berikutnya sesuai SKB, lalu konfirmasi. / The confirmed holiday calendar does not cover the next 60 days (to {horizon:yyyy-MM-dd}): import next year's holidays and collective leave from the decree, then confirm the year."
            : null;
        return new HolidayCalendarResponse(holidays, confirmed, WorkingDayCalendar.CoveredUntil(confirmed, today), warning);
    }
}

internal static class GetHolidayCalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder calendar) =>
        calendar.MapGet("/", async Task<Ok<HolidayCalendarResponse>> (int? year, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetHolidayCalendar(year), ct)))
            .WithName("GetHolidayCalendar").WithSummary("Holidays and collective leave, with a warning when the next 60 days are not covered");
}
