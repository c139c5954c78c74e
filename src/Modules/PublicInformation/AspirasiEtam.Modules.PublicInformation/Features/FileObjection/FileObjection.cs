using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.PublicInformation.Features.FileObjection;

/// <summary>
/// The applicant objects (keberatan, Pasal 35) with the request's number and secret code, on one of the seven grounds,
/// within 30 working days of the written notice — or of the deadline the PPID missed. The objection is numbered in the
/// agency's objection register; the superior's 30 working days start. One objection per answer: one to the PPID's
/// silence, and one to the notice that came after it.
/// </summary>
internal sealed record FileObjection(string? Number, string? Code, string? Ground, string? Reasons) : IRequest<ObjectionReceipt>;

internal sealed record ObjectionReceipt(string Number, string RequestNumber, DateOnly FiledOn, DateOnly DueOn, string HowCountedId, string HowCountedEn);

internal sealed class FileObjectionValidator : AbstractValidator<FileObjection>
{
    public FileObjectionValidator()
    {
        RuleFor(o => o.Ground).Must(g => ObjectionGrounds.Find(g) is not null).WithMessage("Pilih alasan keberatan Pasal 35 (35a–35g). / Choose a Pasal 35 ground (35a–35g).");
        RuleFor(o => o.Reasons).NotEmpty().WithMessage("Uraikan keberatan Anda. / Explain your objection.").MaximumLength(RequestLimits.Reason);
    }
}

internal sealed class FileObjectionHandler(PublicInformationDbContext context, TimeProvider clock, RequestMails mails, ICurrentUser currentUser) : IRequestHandler<FileObjection, ObjectionReceipt>
{
    public async Task<ObjectionReceipt> Handle(FileObjection request, CancellationToken cancellationToken)
    {
        var requestClock = await context.RequestClockAsync(cancellationToken);
        var ground = ObjectionGrounds.Find(request.Ground)!;
        return await ExclusiveWrite.NumberedAsync(context, async () =>
        {
            var r = await context.Requests.FindByNumberAndCodeAsync(request.Number, request.Code, currentUser, cancellationToken);
            var now = clock.GetUtcNow();
            var today = LocalTime.Today(now);
            var from = r.ObjectionWindowFrom(today)
                ?? throw new ConflictException($"The PPID has until {r.DueOn:yyyy-MM-dd} to answer; an objection can be filed after the notice or after that day. / PPID masih memiliki waktu sampai {r.DueOn:yyyy-MM-dd}; keberatan dapat diajukan setelah pemberitahuan tertulis atau setelah tanggal itu.");
            var until = requestClock.Count(from, RequestClock.ObjectionDays).Due;
            if (today > until)
            {
                throw new ConflictException($"The 30 working days to object ended on {until:yyyy-MM-dd}. / Jangka waktu 30 hari kerja untuk mengajukan keberatan berakhir pada {until:yyyy-MM-dd}.");
            }

            // One objection per answer: after the superior's answer the next step is the Komisi Informasi (Pasal 37).
            // An objection to silence (35c, 35g) filed before the notice leaves room for one against the notice.
            var filed = await context.Objections.Where(o => o.RequestId == r.Id).Select(o => o.FiledAt).ToListAsync(cancellationToken);
            if (!InformationRequest.MayObjectAgain(filed, r.DecidedAt))
            {
                throw new ConflictException("This answer was already objected to; after the superior's answer the dispute goes to the Komisi Informasi. / Jawaban ini sudah diajukan keberatan; setelah tanggapan atasan PPID, sengketa diajukan ke Komisi Informasi.");
            }

            var agency = await context.FindAgencyAsync(r.AgencyId, cancellationToken);
            var due = requestClock.Count(today, RequestClock.ObjectionAnswerDays);
            var sequence = await context.NextObjectionSequenceAsync(r.AgencyId, today.Year, cancellationToken);
            var objection = Objection.File(r, agency.Code, sequence, ground, request.Reasons!.Trim(), now.UtcDateTime, today, due.Due);
            context.Objections.Add(objection);
            r.RecordObjection(objection.Number, now.UtcDateTime);
            mails.ObjectionReceipt(r, objection);
            context.Publish(new ObjectionFiled(objection.Id, objection.Number, r.Id, r.Number, r.AgencyId, ground.Code, due.Due, now));
            await context.SaveChangesAsync(cancellationToken);
            return new ObjectionReceipt(objection.Number, r.Number, today, due.Due, due.ExplainId(), due.ExplainEn());
        }, cancellationToken);
    }
}

internal static class FileObjectionEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapPost("/requests/objections", async Task<Created<ObjectionReceipt>> (FileObjection request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var receipt = await mediator.Send(request, cancellationToken);
                return TypedResults.Created("/api/ppid/requests/track", receipt);
            })
            .WithName("FileObjection")
            .WithSummary("Object to how a request was handled (number, secret code, Pasal 35 ground, reasons)")
            .RequireRateLimiting(RateLimitPolicies.TrackingCode)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
