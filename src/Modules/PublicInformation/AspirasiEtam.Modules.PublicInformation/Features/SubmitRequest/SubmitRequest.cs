using AspirasiEtam.Shared.Files;
using AspirasiEtam.Shared.Mail;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Time;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.PublicInformation.Features.SubmitRequest;

/// <summary>
/// Anyone asks an agency (or PPID Utama, who forwards it) for information under UU 14/2008: who asks (an individual
/// with the NIK and a scan of the identity card, or an organisation with its registration and a scan of the deed),
/// what, why, and how to obtain and receive it. The request is numbered in the receiving agency's register of the
/// year, its 10-working-day clock starts, and the applicant gets the number and a secret code (shown once, and
/// emailed) to follow it.
/// </summary>
internal sealed record SubmitRequest : IRequest<RequestReceipt>
{
    public string? ApplicantKind { get; init; }

    public string? Name { get; init; }

    public string? IdentityNumber { get; init; }

    public string? Address { get; init; }

    public string? Occupation { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? InformationWanted { get; init; }

    public string? Purpose { get; init; }

    public string? Obtain { get; init; }

    public string? Delivery { get; init; }

    /// <summary>The agency asked; none for PPID Utama.</summary>
    public Guid? AgencyId { get; init; }

    public bool PublicArchive { get; init; }

    public UploadedFile? IdentityScan { get; init; }

    /// <summary>web (the form) or api.</summary>
    public string Channel { get; init; } = "api";

    /// <summary>
    /// The client's key for this one request (the <c>Idempotency-Key</c> header, or the form's hidden field): sent again
    /// within 24 hours — an answer lost in flight, a form sent twice — it answers the same receipt and registers nothing.
    /// </summary>
    public string? IdempotencyKey { get; init; }
}

/// <summary>The receipt (tanda bukti): the only answer that carries the secret code.</summary>
internal sealed record RequestReceipt(
    Guid Id, string Number, string AccessCode, string AgencyName, DateTime ReceivedAt, DateOnly DueOn, string HowCountedId, string HowCountedEn, string StatusUrl);

internal sealed class SubmitRequestValidator : AbstractValidator<SubmitRequest>
{
    public SubmitRequestValidator()
    {
        RuleFor(r => r.ApplicantKind).Must(k => RequestCodes.ParseApplicantKind(k) is not null)
            .WithMessage("Pilih jenis pemohon: individual atau organisation. / Choose individual or organisation.");
        RuleFor(r => r.Name).NotEmpty().WithMessage("Nama wajib diisi. / The name is required.").MaximumLength(RequestLimits.Name);
        RuleFor(r => r.IdentityNumber).NotEmpty().WithMessage("Nomor identitas wajib diisi. / The identity number is required.").MaximumLength(RequestLimits.IdentityNumber);
        RuleFor(r => r.IdentityNumber).Matches("^[0-9]{16}$").When(r => RequestCodes.ParseApplicantKind(r.ApplicantKind) == Domain.ApplicantKind.Individual)
            .WithMessage("NIK terdiri dari 16 angka. / The NIK has 16 digits.");
        RuleFor(r => r.Address).NotEmpty().WithMessage("Alamat wajib diisi. / The address is required.").MaximumLength(RequestLimits.Address);
        RuleFor(r => r.Occupation).MaximumLength(RequestLimits.Occupation);
        RuleFor(r => r.Phone).MaximumLength(RequestLimits.Phone).Matches(@"^[0-9+ ()-]*$").WithMessage("Nomor telepon hanya angka. / Digits only.");
        RuleFor(r => r.Email).MaximumLength(RequestLimits.Email).EmailAddress().When(r => !string.IsNullOrWhiteSpace(r.Email))
            .WithMessage("Alamat email tidak valid. / Invalid email address.");
        RuleFor(r => r.Email).NotEmpty().When(r => RequestCodes.ParseDelivery(r.Delivery) == DeliveryMethod.Email)
            .WithMessage("Isi email untuk menerima lewat email. / An email address is needed to receive by email.");
        RuleFor(r => r).Must(r => !string.IsNullOrWhiteSpace(r.Phone) || !string.IsNullOrWhiteSpace(r.Email)).OverridePropertyName("email")
            .WithMessage("Isi email atau nomor telepon agar PPID dapat menghubungi Anda. / Give an email or a phone number.");
        RuleFor(r => r.InformationWanted).NotEmpty().WithMessage("Tuliskan informasi yang dimohon. / Describe the information you want.")
            .MaximumLength(RequestLimits.InformationWanted);
        RuleFor(r => r.Purpose).NotEmpty().WithMessage("Tuliskan tujuan penggunaan informasi. / Give the purpose.").MaximumLength(RequestLimits.Purpose);
        RuleFor(r => r.Obtain).Must(o => RequestCodes.ParseObtain(o) is not null).WithMessage("Pilih cara memperoleh: inspect, softcopy, hardcopy. / Choose how to obtain.");
        RuleFor(r => r.Delivery).Must(d => RequestCodes.ParseDelivery(d) is not null).WithMessage("Pilih cara menerima: collect, post, courier, email. / Choose how to receive.");
        RuleFor(r => r.IdempotencyKey).Must(IdempotencyKeys.IsWellFormed).When(r => r.IdempotencyKey is not null).WithMessage(IdempotencyKeys.Message);
        RuleFor(r => r.IdentityScan).NotNull().WithMessage("Unggah pindaian KTP (perorangan) atau akta (badan hukum). / Upload a scan of the identity card or deed.");
    }
}

internal sealed class SubmitRequestHandler(
    PublicInformationDbContext context, IFileStorage storage, ICurrentUser currentUser, TimeProvider clock, IOptions<PortalOptions> portal,
    IDataProtectionProvider dataProtection)
    : IRequestHandler<SubmitRequest, RequestReceipt>
{
    private readonly IDataProtector codes = dataProtection.CreateProtector("AspirasiEtam.Ppid.ReceiptCode");

    public async Task<RequestReceipt> Handle(SubmitRequest request, CancellationToken cancellationToken)
    {
        // A key is the caller's own: a guest's key is theirs by its randomness, a signed-in caller's is also bound to them.
        var key = request.IdempotencyKey is null ? null : $"{currentUser.UserId?.ToString("N") ?? "guest"}/{request.IdempotencyKey}";
        if (key is not null && await EarlierReceiptAsync(key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var agency = await context.ReceivingAgencyAsync(request.AgencyId, "agencyId", cancellationToken);
        var scan = (await FormUploads.CleanAsync([request.IdentityScan!], cancellationToken, "identityScan", UploadPolicy.Evidence))[0];
        var scanKey = $"ppid/requests/{Guid.NewGuid():N}{scan.Extension}";
        var applicant = Applicant.Of(
            RequestCodes.ParseApplicantKind(request.ApplicantKind)!.Value, request.Name!.Trim(), request.IdentityNumber!.Trim(), request.Address!.Trim(),
            Trimmed(request.Occupation), Trimmed(request.Phone), Trimmed(request.Email),
            currentUser.IsInRole(Roles.Citizen) ? currentUser.UserId : null, hiddenFromAgency: false);
        applicant.AttachScan(scanKey, scan.ContentType);
        var details = new RequestDetails(
            request.InformationWanted!.Trim(), request.Purpose!.Trim(), RequestCodes.ParseObtain(request.Obtain)!.Value,
            RequestCodes.ParseDelivery(request.Delivery)!.Value, request.PublicArchive);

        await storage.SaveAsync(scanKey, scan.Content, cancellationToken);
        RequestReceipt? receipt = null;
        var created = false;
        await storage.SaveOrRemoveAsync([scanKey], async () => (receipt, created) = await RegisterAsync(agency, applicant, details, request.Channel, key, cancellationToken));
        if (!created)
        {
            // A copy with the same key won the race: its request stands, this scan is not needed.
            await storage.DeleteAsync(scanKey, cancellationToken);
        }

        return receipt!;
    }

    /// <summary>
    /// Numbers and saves a request with its event and receipt email, in one exclusive write (no two requests of this
    /// process read the same last number); should two servers take the same number, the unique index refuses the
    /// second, which tries again. A keyed request looks for its earlier copy inside the same write.
    /// </summary>
    private async Task<(RequestReceipt Receipt, bool Created)> RegisterAsync(
        PpidAgency agency, Applicant applicant, RequestDetails details, string channel, string? key, CancellationToken cancellationToken)
    {
        var requestClock = await context.RequestClockAsync(cancellationToken);
        return await ExclusiveWrite.NumberedAsync(context, async () =>
        {
            if (key is not null && await EarlierReceiptAsync(key, cancellationToken) is { } earlier)
            {
                return (earlier, false);
            }

            var now = clock.GetUtcNow();
            var receipt = await AddAsync(context, agency, applicant, details, channel, requestClock, now, portal.Value, cancellationToken);
            if (key is not null)
            {
                context.Requests.Local.Single(r => r.Id == receipt.Id).KeyedBy(key, codes.Protect(receipt.AccessCode), now.UtcDateTime);
            }

            await context.SaveChangesAsync(cancellationToken);
            return (receipt, true);
        }, cancellationToken);
    }

    /// <summary>The receipt of the request registered earlier with this key, while its code is kept; a 409 after that.</summary>
    private async Task<RequestReceipt?> EarlierReceiptAsync(string key, CancellationToken cancellationToken)
    {
        var earlier = await context.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.IdempotencyKey == key, cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        if (earlier.ReceiptCodeProtected is not { } kept || earlier.ReceiptCodeKeptUntil <= clock.GetUtcNow().UtcDateTime)
        {
            throw new ConflictException($"This request was registered as {earlier.Number}; its secret code was given then. / Permohonan ini sudah diregistrasi dengan nomor {earlier.Number}; kode rahasianya sudah diberikan saat itu.");
        }

        var agency = await context.FindAgencyAsync(earlier.NumberAgencyId, cancellationToken);
        return ReceiptOf(earlier, agency.Name, codes.Unprotect(kept), (await context.RequestClockAsync(cancellationToken)).Explain(earlier.ReceivedOn, earlier.DueOn), portal.Value);
    }

    /// <summary>
    /// Numbers a request received at <paramref name="receivedAt"/> in the agency's register of that year, starts its
    /// clock, and adds it with its event and the receipt email to the context, for the caller to save: the form above,
    /// and the conversion of a report (saved with its inbox record).
    /// </summary>
    internal static async Task<RequestReceipt> AddAsync(
        PublicInformationDbContext context, PpidAgency agency, Applicant applicant, RequestDetails details, string channel, RequestClock requestClock,
        DateTimeOffset receivedAt, PortalOptions portal, CancellationToken cancellationToken, Guid? sourceSubmissionId = null, string? sourceReportNumber = null)
    {
        var receivedOn = LocalTime.Today(receivedAt);
        var due = requestClock.Count(receivedOn, RequestClock.NoticeDays);
        var sequence = await context.NextRequestSequenceAsync(agency.Id, receivedOn.Year, cancellationToken);
        var code = InformationRequest.NewAccessCode();
        var request = InformationRequest.Register(
            agency.Id, agency.Code, sequence, applicant, details, code, channel, receivedAt.UtcDateTime, receivedOn, due.Due, sourceSubmissionId, sourceReportNumber);
        context.Requests.Add(request);
        context.Publish(new InformationRequestRegistered(request.Id, request.Number, agency.Id, channel, sourceSubmissionId, due.Due, receivedAt));
        var receipt = ReceiptOf(request, agency.Name, code, due, portal);
        if (applicant.Email is { } email)
        {
            context.QueueMail(ReceiptMail(email, receipt), receivedAt);
        }

        return receipt;
    }

    private static RequestReceipt ReceiptOf(InformationRequest request, string agencyName, string code, CountedDeadline due, PortalOptions portal) => new(
        request.Id, request.Number, code, agencyName, request.ReceivedAt, due.Due, due.ExplainId(), due.ExplainEn(),
        portal.Link("/ppid/permohonan/status?nomor=" + Uri.EscapeDataString(request.Number)));

    private static OutgoingMail ReceiptMail(string email, RequestReceipt r) => new(
        email,
        $"Tanda bukti permohonan informasi {r.Number} / Receipt of your information request",
        $"""
        Permohonan informasi publik Anda telah diregistrasi. / Your request for public information was registered.

        Nomor / Number: {r.Number}
        Kode rahasia / Secret code: {r.AccessCode}
        Ditujukan kepada / Addressed to: {r.AgencyName}
        Diterima / Received: {LocalTime.Format(r.ReceivedAt)}
        Batas waktu pemberitahuan tertulis / Written notice due: {r.DueOn:yyyy-MM-dd}
        ({r.HowCountedId})

        Ikuti permohonan dengan nomor dan kode rahasia di / Follow it with the number and the secret code at:
        {r.StatusUrl}

        Simpan kode rahasia ini: siapa pun yang memegangnya dapat melihat jawaban dan mengajukan keberatan.
        Keep the secret code: whoever holds it can read the answer and file an objection.
        """);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal static class SubmitRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapPost("/requests", async Task<Created<RequestReceipt>> (HttpRequest http, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var form = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                var files = await FormUploads.ReadAsync(http, maxFiles: 1, cancellationToken, "identityScan", fields: form);
                if (form.GetValueOrDefault("agencyId") is { Length: > 0 } sent && !Guid.TryParse(sent, out _))
                {
                    throw new InvalidFieldException("agencyId", "OPD tujuan tidak dikenal. / Unknown agency.");
                }

                var receipt = await mediator.Send(new SubmitRequest
                {
                    ApplicantKind = form.GetValueOrDefault("applicantKind"), Name = form.GetValueOrDefault("name"), IdentityNumber = form.GetValueOrDefault("identityNumber"),
                    Address = form.GetValueOrDefault("address"), Occupation = form.GetValueOrDefault("occupation"), Phone = form.GetValueOrDefault("phone"),
                    Email = form.GetValueOrDefault("email"), InformationWanted = form.GetValueOrDefault("informationWanted"), Purpose = form.GetValueOrDefault("purpose"),
                    Obtain = form.GetValueOrDefault("obtain"), Delivery = form.GetValueOrDefault("delivery"),
                    AgencyId = Guid.TryParse(form.GetValueOrDefault("agencyId"), out var agencyId) ? agencyId : null,
                    PublicArchive = string.Equals(form.GetValueOrDefault("publicArchive"), "true", StringComparison.OrdinalIgnoreCase),
                    IdentityScan = files.FirstOrDefault(), Channel = "api",
                    IdempotencyKey = http.Headers[IdempotencyKeys.Header] is { Count: > 0 } header ? header.ToString() : null,
                }, cancellationToken);
                return TypedResults.Created($"/api/ppid/requests/{Uri.EscapeDataString(receipt.Number)}", receipt);
            })
            .WithName("SubmitInformationRequest")
            .WithSummary("Ask for public information (multipart/form-data: the applicant's fields and identityScan); answers the number and the secret code once")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicies.TrackingCode)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
