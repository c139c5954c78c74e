using AspirasiEtam.Modules.Aspirations.Contracts;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.Aspirations.Features.AddHoliday;

/// <summary>An admin adds a national holiday or a collective leave day; the working-day clocks skip it from then on, the running ones too.</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record AddHoliday(DateOnly? Date, string? Kind, string? NameId, string? NameEn) : IRequest<HolidayResponse>;

internal sealed class AddHolidayValidator : AbstractValidator<AddHoliday>
{
    public AddHolidayValidator()
    {
        RuleFor(h => h.Date).NotNull().WithMessage("Tanggal wajib diisi. / A date is required.");
        RuleFor(h => h.Kind).Must(k => k is "national" or "collective_leave").WithMessage("Jenis: national atau collective_leave. / Kind must be national or collective_leave.");
        RuleFor(h => h.NameId).NotEmpty().MaximumLength(150);
        RuleFor(h => h.NameEn).NotEmpty().MaximumLength(150);
    }
}

internal sealed class AddHolidayHandler(AspirationsDbContext context, TimeProvider clock, IOptions<AspirationsSettings> settings) : IRequestHandler<AddHoliday, HolidayResponse>
{
    public async Task<HolidayResponse> Handle(AddHoliday request, CancellationToken cancellationToken)
    {
        var date = request.Date!.Value;
        if (await context.Holidays.AnyAsync(h => h.Date == date, cancellationToken))
        {
            throw new ConflictException($"{date:yyyy-MM-dd} is already a holiday. / {date:yyyy-MM-dd} sudah tercatat sebagai hari libur.");
        }

        var calendar = await context.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken);
        context.Holidays.Add(new Holiday(date, request.Kind!, request.NameId!.Trim(), request.NameEn!.Trim()));
        await OpenDeadlines.RecountAsync(context, settings.Value.Clocks, [.. calendar, date], cancellationToken);
        context.Publish(new HolidayAdded(date, request.Kind!, request.NameId.Trim(), request.NameEn.Trim(), clock.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken);
        return new HolidayResponse(date, request.Kind!, request.NameId.Trim(), request.NameEn.Trim());
    }
}

internal static class AddHolidayEndpoint
{
    public static void Map(IEndpointRouteBuilder calendar) =>
        calendar.MapPost("/", async Task<Created<HolidayResponse>> (AddHoliday request, IMediator mediator, CancellationToken ct) =>
            {
                var holiday = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/admin/holidays?year={holiday.Date.Year}", holiday);
            })
            .WithName("AddHoliday").WithSummary("Add a national holiday or collective leave day").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
}
