namespace AspirasiEtam.Modules.Reports.Domain;

/// <summary>
/// A national holiday or collective leave day: this module's copy of the calendar admins keep (seeded from the decree
/// list shipped with the portal, then kept in step by the Aspirations module's <c>HolidayAdded</c>/<c>HolidayRemoved</c>),
/// so the leader's report goes out on the month's first working day.
/// </summary>
internal sealed class ReportHoliday
{
    private ReportHoliday()
    {
    }

    public DateOnly Date { get; private set; }

    public static ReportHoliday On(DateOnly date) => new() { Date = date };
}
