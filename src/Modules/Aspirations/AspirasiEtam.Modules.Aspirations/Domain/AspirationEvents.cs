using AspirasiEtam.Modules.Aspirations.Contracts;

namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>The integration events built from a report in more than one place.</summary>
internal static class AspirationEvents
{
    public static AspirationSubmitted Submitted(Submission s, DateTimeOffset now) =>
        new(s.Id, s.ReportNumber, s.Kind.ToString().ToLowerInvariant(), s.CategoryCode, now);
}
