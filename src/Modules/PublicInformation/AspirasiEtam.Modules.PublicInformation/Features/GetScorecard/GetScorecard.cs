namespace AspirasiEtam.Modules.PublicInformation.Features.GetScorecard;

/// <summary>
/// The freshness scorecard: for every active agency, how many of PPID Utama's berkala checklist items it has published
/// (completeness) and how many of those were updated in the last six months (freshness), ranked by their mean.
/// </summary>
internal sealed record GetScorecard : IRequest<Scorecard>;

internal sealed record Scorecard(IReadOnlyList<ChecklistView> Items, IReadOnlyList<AgencyScore> Agencies, DateTime At);

internal sealed record ChecklistView(string Code, string TitleId, string TitleEn);

internal sealed record AgencyScore(string Code, string Name, int Published, int Fresh, int Total, int Score, IReadOnlyList<ItemState> Items);

internal sealed record ItemState(string Code, string State, DateTime? UpdatedAt, Guid? EntryId);

internal sealed class GetScorecardHandler(PublicInformationDbContext context, TimeProvider clock) : IRequestHandler<GetScorecard, Scorecard>
{
    public async Task<Scorecard> Handle(GetScorecard request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var items = await context.ChecklistItems.AsNoTracking().Where(i => i.IsActive).OrderBy(i => i.Order).ToListAsync(cancellationToken);
        var agencies = await context.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).ToListAsync(cancellationToken);

        var latest = (await context.LatestChecklistEntriesAsync(cancellationToken)).ToDictionary(e => (e.AgencyId, e.ChecklistCode));

        var scores = agencies.Select(agency =>
        {
            var states = items.Select(item =>
            {
                var entry = latest.GetValueOrDefault((agency.Id, item.Code));
                return new ItemState(item.Code, Freshness.Of(entry?.UpdatedAt, now).ToString(), entry?.UpdatedAt, entry?.Id);
            }).ToList();
            var published = states.Count(s => s.State != nameof(FreshnessState.Missing));
            var fresh = states.Count(s => s.State is nameof(FreshnessState.Fresh) or nameof(FreshnessState.DueSoon));
            var score = items.Count == 0 ? 0 : (int)Math.Round(100.0 * (published + fresh) / (2 * items.Count));
            return new AgencyScore(agency.Code, agency.Name, published, fresh, items.Count, score, states);
        }).OrderByDescending(a => a.Score).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();

        return new Scorecard([.. items.Select(i => new ChecklistView(i.Code, i.TitleId, i.TitleEn))], scores, now);
    }
}

internal static class GetScorecardEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/scorecard", async Task<Ok<Scorecard>> (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetScorecard(), cancellationToken)))
            .WithName("GetRegisterScorecard")
            .WithSummary("Each agency's completeness and freshness of the berkala checklist, ranked");
}
