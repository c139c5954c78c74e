namespace AspirasiEtam.Modules.PublicInformation.Features.ListMyRequests;

/// <summary>The requests of the signed-in applicant (filed from the account, or converted from a report sent from it), newest first.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed record ListMyRequests : IRequest<IReadOnlyList<MyRequest>>;

internal sealed record MyRequest(string Number, string AgencyName, DateOnly ReceivedOn, DateOnly DueOn, string Status, string? Outcome, string InformationWanted);

internal sealed class ListMyRequestsHandler(PublicInformationDbContext context, ICurrentUser currentUser) : IRequestHandler<ListMyRequests, IReadOnlyList<MyRequest>>
{
    public async Task<IReadOnlyList<MyRequest>> Handle(ListMyRequests request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var rows = await context.Requests.AsNoTracking().Where(r => r.Applicant.UserId != null && r.Applicant.UserId == me)
            .OrderByDescending(r => r.ReceivedAt).Take(200)
            .Join(context.Agencies, r => r.AgencyId, a => a.Id, (r, a) => new { r.Number, a.Name, r.ReceivedOn, r.DueOn, r.Status, r.Outcome, r.InformationWanted })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MyRequest(
            r.Number, r.Name, r.ReceivedOn, r.DueOn, RequestCodes.Code(r.Status), r.Outcome is { } o ? RequestCodes.Code(o) : null, r.InformationWanted))];
    }
}
