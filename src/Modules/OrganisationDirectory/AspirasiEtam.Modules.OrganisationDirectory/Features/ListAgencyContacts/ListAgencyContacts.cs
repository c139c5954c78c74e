using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.OrganisationDirectory.Features.ListAgencyContacts;

/// <summary>
/// The contact details of the agencies the caller works for (every agency for PPID Utama), those with none first —
/// what the public directory shows for each, so its PPID can fill what is missing.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record ListAgencyContacts : IRequest<IReadOnlyList<AgencyContactListItem>>;

internal sealed record AgencyContactListItem(AgencyContactResponse Contact, bool Missing);

internal sealed class ListAgencyContactsHandler(DirectoryDbContext context, ICurrentUser currentUser)
    : IRequestHandler<ListAgencyContacts, IReadOnlyList<AgencyContactListItem>>
{
    public async Task<IReadOnlyList<AgencyContactListItem>> Handle(ListAgencyContacts request, CancellationToken cancellationToken) =>
        (await context.Agencies.AsNoTracking().WithSpecification(new AgenciesInScope(currentUser.HasProvinceWorkScope, currentUser.AgencyIds)).ToListAsync(cancellationToken))
            .ConvertAll(a => new AgencyContactListItem(AgencyContactResponse.From(a), a.Phone is null && a.Email is null));
}

/// <summary>
/// The directory's nudge: beside "Agency contact" in a PPID's navigation, how many of their agencies list no phone
/// and no email.
/// </summary>
internal sealed class MissingAgencyContactsBadge(DirectoryDbContext context, ICurrentUser currentUser) : INavigationBadge
{
    public string Href => "/staf/opd";

    public async ValueTask<int> CountAsync(CancellationToken cancellationToken) =>
        await context.Agencies.AsNoTracking().WithSpecification(AgenciesInScope.WithoutContact(currentUser.HasProvinceWorkScope, currentUser.AgencyIds)).CountAsync(cancellationToken);
}

internal static class ListAgencyContactsEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/contacts", async Task<Ok<IReadOnlyList<AgencyContactListItem>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAgencyContacts(), ct)))
            .WithName("ListAgencyContacts").WithSummary("The contact details of the agencies in the caller's scope, those with none first");
}
