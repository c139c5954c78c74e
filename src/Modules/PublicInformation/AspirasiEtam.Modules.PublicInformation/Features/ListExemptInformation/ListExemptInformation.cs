namespace AspirasiEtam.Modules.PublicInformation.Features.ListExemptInformation;

/// <summary>
/// The list of exempt information (Daftar Informasi yang Dikecualikan), public as the KIP Commission's rules want it:
/// for each entry its title, agency, Pasal 17 ground, period and decision — never the summary, documents or the
/// consequence test's reasoning, which stay with the agency's staff and PPID Utama.
/// </summary>
internal sealed record ListExemptInformation(string? Agency) : IRequest<IReadOnlyList<ExemptListItem>>;

internal sealed record ExemptListItem(
    string Number, string AgencyCode, string AgencyName, string Title, string Ground, string GroundBasis, string GroundTextId, string GroundTextEn,
    DateOnly Until, string DecidedBy, DateOnly DecidedOn);

internal sealed class ListExemptInformationHandler(PublicInformationDbContext context) : IRequestHandler<ListExemptInformation, IReadOnlyList<ExemptListItem>>
{
    public async Task<IReadOnlyList<ExemptListItem>> Handle(ListExemptInformation request, CancellationToken cancellationToken)
    {
        var code = request.Agency?.Trim().ToUpperInvariant();
        var rows = await (from e in context.Entries.AsNoTracking()
                          join a in context.Agencies.AsNoTracking() on e.AgencyId equals a.Id
                          where e.Status == EntryStatus.Exempt && (code == null || a.Code == code)
                          orderby a.Code, e.Number
                          // Only these columns leave the database: the rest of an exempt entry is never read here.
                          select new { e.Number, a.Code, a.Name, e.Title, e.Exemption!.Ground, e.Exemption.Until, e.Exemption.DecidedBy, e.Exemption.DecidedOn })
            .Take(2000).ToListAsync(cancellationToken);
        return [.. rows.Select(r =>
        {
            var ground = ExemptionGrounds.Find(r.Ground);
            return new ExemptListItem(r.Number, r.Code, r.Name, r.Title, r.Ground, ground?.Basis ?? r.Ground, ground?.TextId ?? string.Empty, ground?.TextEn ?? string.Empty,
                r.Until, r.DecidedBy, r.DecidedOn);
        })];
    }
}

internal static class ListExemptInformationEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/exempt", async Task<Ok<IReadOnlyList<ExemptListItem>>> (string? agency, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListExemptInformation(agency), cancellationToken)))
            .WithName("ListExemptInformation")
            .WithSummary("The public list of exempt information: title, ground, period and decision (never the content)");
}
