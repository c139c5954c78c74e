using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.PublicInformation.Features.TrackRequest;

/// <summary>
/// The applicant follows a request with its number and secret code (sent in the body, never in a URL a log keeps), or
/// signed in to the account it was filed from:
/// the clock and how it was counted, the chronology, every notice as issued, the objections, and until when one can
/// be filed. The same 404 answers a wrong number and a wrong code.
/// </summary>
internal sealed record TrackRequest(string? Number, string? Code) : IRequest<TrackedRequestView>;

internal sealed class TrackRequestHandler(PublicInformationDbContext context, TimeProvider clock, ICurrentUser currentUser) : IRequestHandler<TrackRequest, TrackedRequestView>
{
    public async Task<TrackedRequestView> Handle(TrackRequest request, CancellationToken cancellationToken)
    {
        var r = await context.Requests.AsNoTracking().FindByNumberAndCodeAsync(request.Number, request.Code, currentUser, cancellationToken);
        var requestClock = await context.RequestClockAsync(cancellationToken);
        var today = LocalTime.Today(clock.GetUtcNow());
        var agency = await context.FindAgencyAsync(r.AgencyId, cancellationToken);
        var objections = await context.Objections.AsNoTracking().Where(o => o.RequestId == r.Id).OrderBy(o => o.FiledAt).ToListAsync(cancellationToken);
        var windowFrom = r.ObjectionWindowFrom(today);
        var openUntil = windowFrom is { } from ? requestClock.Count(from, RequestClock.ObjectionDays).Due : (DateOnly?)null;
        return new TrackedRequestView(
            r.Number, agency.Name, RequestCodes.Code(r.Status), r.Outcome is { } o ? RequestCodes.Code(o) : null, r.ReceivedOn, DueView.Of(r, requestClock),
            r.IsOpen && today > r.DueOn, r.IsExtended, r.ExtensionReason, r.InformationWanted, r.DecisionText, r.Redactions, r.ExemptionGround, r.HoldingBody,
            r.Fee, r.FeeNote, r.FeePaidAt is not null, r.DocumentsReleased,
            r.DocumentsReleased ? [.. r.Documents.Select(d => new RequestDocumentView(d.Id, d.FileName, d.ContentType, d.Size))] : [],
            [.. r.Steps.OrderBy(s => s.Sequence).Select(s => new RequestStepView(s.Sequence, s.Kind.ToString(), s.At, s.Text))],
            [.. r.Notices.OrderBy(n => n.Sequence).Select(n => new TrackedNotice(n.Kind.ToString(), n.Number, n.IssuedAt, n.Html))],
            openUntil, openUntil is { } until && today <= until && InformationRequest.MayObjectAgain([.. objections.Select(x => x.FiledAt)], r.DecidedAt),
            [.. objections.Select(x => new TrackedObjection(
                x.Number, x.Ground, ObjectionGrounds.Find(x.Ground)?.TextId ?? x.Ground, x.FiledOn, x.DueOn, RequestCodes.Code(x.Status),
                x.Outcome is { } outcome ? RequestCodes.Code(outcome) : null, x.DecisionText, x.DecidedOn, x.CommissionDeadline, x.NoticeHtml))]);
    }
}

internal static class TrackRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapPost("/requests/track", async Task<Ok<TrackedRequestView>> (TrackRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request, cancellationToken)))
            .WithName("TrackInformationRequest")
            .WithSummary("Follow a request with its number and secret code")
            .RequireRateLimiting(RateLimitPolicies.TrackingCode)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
