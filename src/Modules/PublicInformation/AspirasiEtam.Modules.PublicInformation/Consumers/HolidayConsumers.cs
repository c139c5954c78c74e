using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.PublicInformation.Consumers;

// The module's copy of the working-day calendar, kept in step with the one admins maintain (Aspirations owns it).
// Applying an addition twice or removing a day twice changes nothing; the inbox makes each delivery count once.

internal sealed class HolidayAddedConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<HolidayAdded, PublicInformationDbContext>(context, clock)
{
    protected override async Task HandleAsync(HolidayAdded m, CancellationToken cancellationToken)
    {
        if (!await Context.Holidays.AnyAsync(h => h.Date == m.Date, cancellationToken))
        {
            Context.Holidays.Add(PpidHoliday.Create(m.Date, m.Kind, m.NameId, m.NameEn));
        }
    }
}

internal sealed class HolidayRemovedConsumer(PublicInformationDbContext context, TimeProvider clock)
    : InboxConsumer<HolidayRemoved, PublicInformationDbContext>(context, clock)
{
    protected override async Task HandleAsync(HolidayRemoved m, CancellationToken cancellationToken)
    {
        if (await Context.Holidays.FirstOrDefaultAsync(h => h.Date == m.Date, cancellationToken) is { } holiday)
        {
            Context.Holidays.Remove(holiday);
        }
    }
}
