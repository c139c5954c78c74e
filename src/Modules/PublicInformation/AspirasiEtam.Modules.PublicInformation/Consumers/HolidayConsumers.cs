using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Consumers;

// The module's copy of the working-day calendar, kept in step with the one admins maintain (Aspirations owns it).
// Applying an addition twice or removing a day twice changes nothing; the inbox makes each delivery count once.
// A change of the calendar moves the deadlines still running that it touches: the law counts working days, and a
// collective leave decreed later is no working day (the letters already issued keep what they said).

internal sealed class HolidayAddedConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<HolidayAdded, PublicInformationDbContext>(context, clock)
{
    protected override async Task HandleAsync(HolidayAdded m, CancellationToken cancellationToken)
    {
        if (await Context.Holidays.FirstOrDefaultAsync(h => h.Date == m.Date, cancellationToken) is { } known)
        {
            // The same day again (an import renaming it): the name changes, the dates do not.
            known.Rename(m.Kind, m.NameId, m.NameEn);
            return;
        }

        var holiday = PpidHoliday.Create(m.Date, m.Kind, m.NameId, m.NameEn);
        Context.Holidays.Add(holiday);
        var calendar = await Context.Holidays.AsNoTracking().ToListAsync(cancellationToken);
        await RunningDeadlines.RecountAsync(Context, new RequestClock([.. calendar, holiday]), m.Date, cancellationToken);
    }
}

internal sealed class HolidayRemovedConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<HolidayRemoved, PublicInformationDbContext>(context, clock)
{
    protected override async Task HandleAsync(HolidayRemoved m, CancellationToken cancellationToken)
    {
        if (await Context.Holidays.FirstOrDefaultAsync(h => h.Date == m.Date, cancellationToken) is not { } holiday)
        {
            return;
        }

        Context.Holidays.Remove(holiday);
        var calendar = await Context.Holidays.AsNoTracking().Where(h => h.Date != m.Date).ToListAsync(cancellationToken);
        await RunningDeadlines.RecountAsync(Context, new RequestClock(calendar), m.Date, cancellationToken);
    }
}

/// <summary>The deadlines still running that a change of the calendar on <c>day</c> touches, counted again.</summary>
internal static class RunningDeadlines
{
    public static async Task RecountAsync(PublicInformationDbContext context, RequestClock clock, DateOnly day, CancellationToken cancellationToken)
    {
        foreach (var request in await context.Requests.Where(r => r.Status == RequestStatus.Registered && r.ReceivedOn < day).ToListAsync(cancellationToken))
        {
            request.Recount(clock.Count(request.ReceivedOn, RequestClock.NoticeDays + (request.IsExtended ? RequestClock.ExtensionDays : 0)).Due);
        }

        foreach (var objection in await context.Objections.Where(o => o.Status == ObjectionStatus.Filed && o.FiledOn < day).ToListAsync(cancellationToken))
        {
            objection.Recount(clock.Count(objection.FiledOn, RequestClock.ObjectionAnswerDays).Due);
        }
    }
}
