using System.Text.RegularExpressions;

using AspirasiEtam.Modules.Aspirations.Caching;

namespace AspirasiEtam.Modules.Aspirations.Features.GetPublicReport;

/// <summary>
/// One report of the public feed, as anyone may read it: its public (redacted) text, where it is on its way, the
/// agency and its answer, supports and rating, and the spot on the map when the reporter gave one. Only a report the
/// feed shows (verified, not confidential) has a public page; any other id is 404, as an unknown one is.
/// </summary>
internal sealed record GetPublicReport(Guid Id) : IRequest<PublicReport>;

/// <summary>
/// No reporter field, no tracking code, no location text (what a reporter types as a place may name a house), and no
/// reporter's reply: what the reporter wrote after the report was never redacted for the public.
/// </summary>
internal sealed record PublicReport(
    Guid Id, string ReportNumber, string Kind, string Title, string Description, string CategoryCode, string? Regency,
    double? Latitude, double? Longitude, string Status, string? AgencyName, DateTime SubmittedAt, int SupportCount, int? Rating,
    PublicAnswer? Answer);

/// <summary>The agency's final answer, with any name, email or phone of the reporter in it blanked.</summary>
internal sealed record PublicAnswer(DateTime At, string Text);

internal sealed partial class GetPublicReportHandler(AspirationsDbContext context) : IRequestHandler<GetPublicReport, PublicReport>
{
    public async Task<PublicReport> Handle(GetPublicReport request, CancellationToken cancellationToken)
    {
        var row = await context.Submissions.AsNoTracking().Public().Where(s => s.Id == request.Id)
            .Select(s => new
            {
                s.Id, s.ReportNumber, s.Kind, Title = s.PublicTitle ?? s.Title, Description = s.PublicDescription ?? s.Description, s.CategoryCode, s.Regency,
                s.Latitude, s.Longitude, s.Status, AgencyName = context.DispatchAgencies.Where(a => a.Id == s.AgencyId).Select(a => a.Name).FirstOrDefault(),
                SubmittedAt = s.SubmittedAt!.Value, s.SupportCount, s.Rating,
                Answer = s.Timeline.Where(t => t.Kind == TimelineKind.Response && !t.IsInternal).OrderByDescending(t => t.Sequence)
                    .Select(t => new PublicAnswer(t.At, t.Text)).FirstOrDefault(),
                // Read only to blank it out of the answer; never part of the result.
                s.Reporter.Name, s.Reporter.Email, s.Reporter.Phone,
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"No public report {request.Id}. / Laporan publik {request.Id} tidak ditemukan.");

        return new PublicReport(
            row.Id, row.ReportNumber, row.Kind.ToString(), row.Title, row.Description, row.CategoryCode, row.Regency, row.Latitude, row.Longitude,
            row.Status.ToString(), row.AgencyName, row.SubmittedAt, row.SupportCount, row.Rating,
            row.Answer is null ? null : row.Answer with { Text = WithoutReporter(row.Answer.Text, row.Name, row.Email, row.Phone) });
    }

    /// <summary>
    /// An agency answers the reporter and may greet them by name ("Bapak Budi, …"): on the public page the reporter's
    /// name — whole and each part of three letters or more — email and phone are blanked, whatever the case.
    /// </summary>
    public static string WithoutReporter(string text, string? name, string? email, string? phone)
    {
        var parts = new List<string>();
        foreach (var value in new[] { name, email, phone }.OfType<string>().Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            parts.Add(Regex.Escape(value.Trim()));
        }

        parts.AddRange((name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.Length >= 3).Select(p => $@"\b{Regex.Escape(p)}\b"));
        if (!string.IsNullOrWhiteSpace(phone) && Digits().Replace(phone, string.Empty) is { Length: >= 6 } digits)
        {
            // The same number written another way: 0812-3456-7890, +62 812 3456 7890.
            parts.Add(string.Join(@"[\s.\-]*", digits[1..].Select(c => c.ToString())));
        }

        return parts.Count == 0 ? text
            : Regex.Replace(text, string.Join('|', parts.OrderByDescending(p => p.Length)), "[…]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"\D")]
    private static partial Regex Digits();
}

internal static class GetPublicReportEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/{id:guid}", async Task<Ok<PublicReport>> (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetPublicReport(id), ct)))
            .WithName("GetPublicReport").WithSummary("One public report: redacted text, status, agency, the answer (reporter's name blanked), supports, rating, map point")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CachedAsFeed();
}
