namespace AspirasiEtam.Modules.Aspirations.Features.ConfirmHolidayYear;

/// <summary>
/// An admin confirms that a year's list matches its decree (SKB 3 Menteri): from then on the year counts as covered
/// and the calendar warning looks further ahead. A year with no day entered cannot be confirmed.
/// </summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record ConfirmHolidayYear(int Year) : IRequest<HolidayYearConfirmation>;

internal sealed record HolidayYearConfirmation(int Year, int Days, DateTime ConfirmedAt);

internal sealed class ConfirmHolidayYearValidator : AbstractValidator<ConfirmHolidayYear>
{
    public ConfirmHolidayYearValidator() => RuleFor(r => r.Year).InclusiveBetween(2000, 2100).WithMessage("Tahun 2000–2100. / Year must be 2000–2100.");
}

internal sealed class ConfirmHolidayYearHandler(AspirationsDbContext context, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<ConfirmHolidayYear, HolidayYearConfirmation>
{
    public async Task<HolidayYearConfirmation> Handle(ConfirmHolidayYear request, CancellationToken cancellationToken)
    {
        var first = new DateOnly(request.Year, 1, 1);
        var last = new DateOnly(request.Year, 12, 31);
        var days = await context.Holidays.CountAsync(h => h.Date >= first && h.Date <= last, cancellationToken);
        if (days == 0)
        {
            throw new ConflictException($"No holiday is entered for {request.Year}: import the year's list first. / Belum ada hari libur {request.Year}: impor daftarnya dulu.");
        }

        if (await context.CalendarYears.AnyAsync(y => y.Year == request.Year, cancellationToken))
        {
            throw new ConflictException($"{request.Year} is already confirmed. / Tahun {request.Year} sudah dikonfirmasi.");
        }

        var year = CalendarYear.Confirm(request.Year, days, currentUser.UserId ?? Guid.Empty, clock.GetUtcNow().UtcDateTime);
        context.CalendarYears.Add(year);
        await context.SaveChangesAsync(cancellationToken);
        return new HolidayYearConfirmation(year.Year, year.Days, year.ConfirmedAt);
    }
}

internal static class ConfirmHolidayYearEndpoint
{
    public static void Map(IEndpointRouteBuilder calendar) =>
        calendar.MapPost("/{year}/confirm", async Task<Ok<HolidayYearConfirmation>> (string year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ConfirmHolidayYear(ImportHolidayYear.HolidayYears.Parse(year)), ct)))
            .WithName("ConfirmHolidayYear").WithSummary("Confirm that a year's holidays match its decree: the year then counts as covered")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
