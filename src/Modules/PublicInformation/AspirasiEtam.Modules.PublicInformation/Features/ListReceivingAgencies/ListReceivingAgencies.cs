namespace AspirasiEtam.Modules.PublicInformation.Features.ListReceivingAgencies;

/// <summary>The agencies a request can be addressed to (active ones), PPID Utama first: for the request form.</summary>
internal sealed record ListReceivingAgencies : IRequest<IReadOnlyList<ReceivingAgency>>;

internal sealed record ReceivingAgency(Guid Id, string Code, string Name, bool IsMainOffice);

internal sealed class ListReceivingAgenciesHandler(PublicInformationDbContext context) : IRequestHandler<ListReceivingAgencies, IReadOnlyList<ReceivingAgency>>
{
    public async Task<IReadOnlyList<ReceivingAgency>> Handle(ListReceivingAgencies request, CancellationToken cancellationToken) =>
        await context.Agencies.AsNoTracking().Where(a => a.IsActive).OrderByDescending(a => a.IsMainOffice).ThenBy(a => a.Name)
            .Select(a => new ReceivingAgency(a.Id, a.Code, a.Name, a.IsMainOffice)).ToListAsync(cancellationToken);
}
