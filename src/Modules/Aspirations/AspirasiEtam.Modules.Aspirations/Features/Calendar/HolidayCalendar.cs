using AspirasiEtam.Modules.Aspirations.Domain;
using AspirasiEtam.Modules.Aspirations.Persistence;
using AspirasiEtam.Shared.Domain;
using AspirasiEtam.Shared.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Modules.Aspirations.Features.Calendar;

/// <summary>The holiday calendar the working-day clocks use, with a warning when it does not reach 60 days ahead.</summary>
internal sealed record GetHolidayCalendar(int? Year) : IRequest<HolidayCalendarResponse>;

internal sealed record HolidayCalendarResponse(IReadOnlyList<HolidayResponse> Holidays, DateOnly? CoveredUntil, string? Warning);

internal sealed record HolidayResponse(DateOnly Date, string Kind, string NameId, string NameEn);

internal sealed record AddHoliday(DateOnly? Date, string? Kind, string? NameId, string? NameEn) : IRequest<HolidayResponse>;

internal sealed record RemoveHoliday(DateOnly Date) : IRequest<Unit>;

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

internal sealed class HolidayCalendarHandlers(AspirationsDbContext context, TimeProvider clock)
    : IRequestHandler<GetHolidayCalendar, HolidayCalendarResponse>, IRequestHandler<AddHoliday, HolidayResponse>, IRequestHandler<RemoveHoliday, Unit>
{
    public async Task<HolidayCalendarResponse> Handle(GetHolidayCalendar request, CancellationToken cancellationToken)
    {
        var holidays = await context.Holidays.AsNoTracking()
            .Where(h => request.Year == null || (h.Date >= new DateOnly(request.Year.Value, 1, 1) && h.Date <= new DateOnly(request.Year.Value, 12, 31)))
            .OrderBy(h => h.Date)
            .Select(h => new HolidayResponse(h.Date, h.Kind, h.NameId, h.NameEn))
            .ToListAsync(cancellationToken);
        var lastHoliday = await context.Holidays.AsNoTracking().OrderByDescending(h => h.Date).Select(h => (DateOnly?)h.Date).FirstOrDefaultAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var horizon = today.AddDays(60);
        var warning = WorkingDayCalendar.RunsOutSoon(lastHoliday, today)
            ? $"Kalender libur belum mencakup 60 hari ke depan (sampai {horizon:yyyy-MM-dd}); tambahkan libur nasional dan cuti bersama tahun berikutnya. / The holiday calendar does not cover the next 60 days (to {horizon:yyyy-MM-dd}): add next year's holidays and collective leave."
            : null;
        return new HolidayCalendarResponse(holidays, WorkingDayCalendar.CoveredUntil(lastHoliday), warning);
    }

    public async Task<HolidayResponse> Handle(AddHoliday request, CancellationToken cancellationToken)
    {
        var date = request.Date!.Value;
        if (await context.Holidays.AnyAsync(h => h.Date == date, cancellationToken))
        {
            throw new ConflictException($"{date:yyyy-MM-dd} is already a holiday. / {date:yyyy-MM-dd} sudah tercatat sebagai hari libur.");
        }

        context.Holidays.Add(new Holiday(date, request.Kind!, request.NameId!.Trim(), request.NameEn!.Trim()));
        await context.SaveChangesAsync(cancellationToken);
        return new HolidayResponse(date, request.Kind!, request.NameId.Trim(), request.NameEn.Trim());
    }

    public async Task<Unit> Handle(RemoveHoliday request, CancellationToken cancellationToken)
    {
        var holiday = await context.Holidays.FirstOrDefaultAsync(h => h.Date == request.Date, cancellationToken)
            ?? throw new NotFoundException($"{request.Date:yyyy-MM-dd} is not a holiday. / {request.Date:yyyy-MM-dd} bukan hari libur.");
        context.Holidays.Remove(holiday);
        await context.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed record ListCategories : IRequest<IReadOnlyList<CategoryResponse>>;

internal sealed record CategoryResponse(string Code, string NameId, string NameEn);

internal sealed class ListCategoriesHandler(AspirationsDbContext context) : IRequestHandler<ListCategories, IReadOnlyList<CategoryResponse>>
{
    public async Task<IReadOnlyList<CategoryResponse>> Handle(ListCategories request, CancellationToken cancellationToken) =>
        await context.Categories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.NameId)
            .Select(c => new CategoryResponse(c.Code, c.NameId, c.NameEn)).ToListAsync(cancellationToken);
}
