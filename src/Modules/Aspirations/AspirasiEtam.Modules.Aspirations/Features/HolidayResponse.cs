namespace AspirasiEtam.Modules.Aspirations.Features;

/// <summary>A national holiday or collective leave day, as the calendar's use cases answer it.</summary>
internal sealed record HolidayResponse(DateOnly Date, string Kind, string NameId, string NameEn);
