namespace AspirasiEtam.Modules.PublicInformation.Features.GetLetter;

/// <summary>
/// A letter exactly as issued, for staff in scope to print: a notice of a request (<see cref="Sequence"/>) or, with
/// <see cref="ObjectionId"/>, the superior's answer to an objection.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record GetLetter(Guid RequestId, int? Sequence, Guid? ObjectionId = null) : IRequest<IssuedLetter>;

internal sealed record IssuedLetter(Guid RequestId, string RequestNumber, string Number, string Html);

internal sealed class GetLetterHandler(StaffRequests staff) : IRequestHandler<GetLetter, IssuedLetter>
{
    public async Task<IssuedLetter> Handle(GetLetter request, CancellationToken cancellationToken)
    {
        var r = await staff.FindToReadAsync(request.RequestId, cancellationToken);
        if (request.ObjectionId is { } objectionId)
        {
            var objection = await staff.FindObjectionAsync(objectionId, cancellationToken);
            return objection.RequestId == r.Id && objection.NoticeHtml is { } html
                ? new IssuedLetter(r.Id, r.Number, objection.DecisionNumber, html)
                : throw new NotFoundException("No such letter. / Surat tidak ditemukan.");
        }

        var notice = r.Notices.FirstOrDefault(n => n.Sequence == request.Sequence) ?? throw new NotFoundException("No such letter. / Surat tidak ditemukan.");
        return new IssuedLetter(r.Id, r.Number, notice.Number, notice.Html);
    }
}
