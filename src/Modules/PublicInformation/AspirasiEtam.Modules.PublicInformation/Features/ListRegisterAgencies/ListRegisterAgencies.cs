namespace AspirasiEtam.Modules.PublicInformation.Features.ListRegisterAgencies;

/// <summary>The agencies whose register the caller may write (all active ones for PPID Utama), for the officers' forms.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record ListRegisterAgencies : IRequest<IReadOnlyList<RegisterAgency>>;

internal sealed record RegisterAgency(Guid Id, string Code, string Name);

internal sealed class ListRegisterAgenciesHandler(PublicInformationDbContext context, ICurrentUser currentUser) : IRequestHandler<ListRegisterAgencies, IReadOnlyList<RegisterAgency>>
{
    public async Task<IReadOnlyList<RegisterAgency>> Handle(ListRegisterAgencies request, CancellationToken cancellationToken)
    {
        var query = context.Agencies.AsNoTracking().Where(a => a.IsActive);
        if (!currentUser.HasProvinceWorkScope)
        {
            var mine = currentUser.AgencyIds.ToList();
            query = query.Where(a => mine.Contains(a.Id));
        }

        return await query.OrderBy(a => a.Name).Select(a => new RegisterAgency(a.Id, a.Code, a.Name)).ToListAsync(cancellationToken);
    }
}

internal static class ListRegisterAgenciesEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/agencies", async Task<Ok<IReadOnlyList<RegisterAgency>>> (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListRegisterAgencies(), cancellationToken)))
            .WithName("ListRegisterAgencies")
            .WithSummary("The agencies whose register the caller may write");
}
