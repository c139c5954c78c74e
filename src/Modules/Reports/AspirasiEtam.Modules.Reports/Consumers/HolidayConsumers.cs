using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Reports.Consumers;

// The module's copy of the working-day calendar, kept in step with the one admins maintain (Aspirations owns it).
// Adding a day twice or removing it twice changes nothing; the inbox makes each delivery count once.

internal sealed class HolidayAddedConsumer(ReportsDbContext context, TimeProvider clock) : InboxConsumer<HolidayAdded, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(HolidayAdded m, CancellationToken cancellationToken)
    {
        if (await Context.Holidays.FindAsync([m.Date], cancellationToken) is null)
        {
            Context.Holidays.Add(ReportHoliday.On(m.Date));
        }
    }
}

internal sealed class HolidayRemovedConsumer(ReportsDbContext context, TimeProvider clock) : InboxConsumer<HolidayRemoved, ReportsDbContext>(context, clock)
{
    protected override async Task HandleAsync(HolidayRemoved m, CancellationToken cancellationToken)
    {
        if (await Context.Holidays.FindAsync([m.Date], cancellationToken) is { } holiday)
        {
            Context.Holidays.Remove(holiday);
        }
    }
}
