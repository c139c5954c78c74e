namespace AspirasiEtam.Modules.Identity.Features.ListActiveAgencies;

/// <summary>The agencies a staff member can be given now, by name, for the staff forms.</summary>
internal sealed record ListActiveAgencies : IRequest<IReadOnlyList<(Guid Id, string Name)>>;

internal sealed class ListActiveAgenciesHandler(IdentityModuleDbContext context) : IRequestHandler<ListActiveAgencies, IReadOnlyList<(Guid Id, string Name)>>
{
    public async Task<IReadOnlyList<(Guid Id, string Name)>> Handle(ListActiveAgencies request, CancellationToken cancellationToken) =>
        (await context.KnownAgencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
        .Select(a => (a.Id, a.Name)).ToList();
}
