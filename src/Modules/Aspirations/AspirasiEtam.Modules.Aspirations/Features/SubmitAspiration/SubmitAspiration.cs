using System.Security.Cryptography;
using System.Text.Json.Serialization;
using AspirasiEtam.Modules.Aspirations.Caching;
using AspirasiEtam.Modules.Aspirations.Notifications;
using AspirasiEtam.Shared.Files;
using AspirasiEtam.Shared.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace AspirasiEtam.Modules.Aspirations.Features.SubmitAspiration;

/// <summary>
/// A citizen (signed in, or a guest who then confirms their email) or a staff member entering it on a citizen's
/// behalf sends an aspiration, complaint or information request. Privacy defaults to confidential.
/// </summary>
internal sealed record SubmitAspiration : IRequest<SubmitAspirationResult>
{
    public string? Kind { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? CategoryCode { get; init; }

    public string? Regency { get; init; }

    public string? LocationText { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public DateOnly? EventDate { get; init; }

    /// <summary>Hide the reporter from everyone but PPID Utama, the handling agency included (default: no).</summary>
    public bool? Anonymous { get; init; }

    /// <summary>Keep the report off the public feed (default: yes).</summary>
    public bool? Confidential { get; init; }

    /// <summary>The handling agency may see the contact details (default: no; never with anonymity).</summary>
    public bool? ShareContact { get; init; }

    /// <summary>
    /// The single choice of earlier clients: confidential, anonymous (public, identity hidden) or public. Read only
    /// when none of the three choices above is given; it never shares the contact.
    /// </summary>
    public string? Privacy { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    /// <summary>Staff only: how the citizen reached us (walkin, phone, whatsapp, letter, socialmedia).</summary>
    public string? Channel { get; init; }

    /// <summary>Photos and PDFs from the web form, already inspected and cleaned; API clients attach files afterwards.</summary>
    [JsonIgnore]
    public IReadOnlyList<CleanUpload> Attachments { get; init; } = [];

    /// <summary>
    /// The client's key for this one report (the <c>Idempotency-Key</c> header, or the form's hidden field): sent again
    /// after an answer was lost, it returns the first answer instead of storing the report twice.
    /// </summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    public PrivacyChoice ToPrivacyChoice()
    {
        if (Anonymous is null && Confidential is null && ShareContact is null && !string.IsNullOrEmpty(Privacy))
        {
            var legacy = Privacy.ToLowerInvariant();
            return new PrivacyChoice(Anonymous: legacy == "anonymous", Confidential: legacy == "confidential", ContactShared: false);
        }

        var defaults = PrivacyChoice.Default;
        return new PrivacyChoice(Anonymous ?? defaults.Anonymous, Confidential ?? defaults.Confidential, ShareContact ?? defaults.ContactShared);
    }
}

internal sealed record SubmitAspirationResult(string TrackingCode, string Status, bool EmailConfirmationRequired);

internal sealed class SubmitAspirationValidator : AbstractValidator<SubmitAspiration>
{
    public SubmitAspirationValidator(TimeProvider clock)
    {
        RuleFor(r => r.Kind).Must(k => Enum.TryParse<SubmissionKind>(k, true, out _) && !int.TryParse(k, out _))
            .WithMessage("Jenis: aspiration, complaint atau informationrequest. / Kind must be aspiration, complaint or informationrequest.");
        RuleFor(r => r.Title).NotEmpty().WithMessage("Judul wajib diisi. / A title is required.")
            .Length(SubmissionLimits.TitleMin, SubmissionLimits.Title).WithMessage($"Judul {SubmissionLimits.TitleMin}–{SubmissionLimits.Title} karakter. / Title must be {SubmissionLimits.TitleMin}–{SubmissionLimits.Title} characters.");
        RuleFor(r => r.Description).NotEmpty().WithMessage("Uraian wajib diisi. / A description is required.")
            .Length(SubmissionLimits.DescriptionMin, SubmissionLimits.Description).WithMessage($"Uraian {SubmissionLimits.DescriptionMin}–{SubmissionLimits.Description} karakter. / Description must be {SubmissionLimits.DescriptionMin}–{SubmissionLimits.Description} characters.");
        RuleFor(r => r.CategoryCode).NotEmpty().WithMessage("Pilih kategori. / Choose a category.");
        RuleFor(r => r.Regency).Must(r => Regencies.All.Contains(r!)).When(r => !string.IsNullOrEmpty(r.Regency))
            .WithMessage("Pilih kabupaten/kota di Kalimantan Timur. / Choose a regency or city of East Kalimantan.");
        RuleFor(r => r.LocationText).MaximumLength(SubmissionLimits.Location);
        RuleFor(r => r.Latitude).InclusiveBetween(-3, 3).When(r => r.Latitude is not null)
            .WithMessage("Koordinat di luar Kalimantan Timur. / Coordinates outside East Kalimantan.");
        RuleFor(r => r.Longitude).InclusiveBetween(113, 120).When(r => r.Longitude is not null)
            .WithMessage("Koordinat di luar Kalimantan Timur. / Coordinates outside East Kalimantan.");
        RuleFor(r => r.Longitude).NotNull().When(r => r.Latitude is not null).WithMessage("Lengkapi koordinat. / Give both coordinates.");
        RuleFor(r => r.Latitude).NotNull().When(r => r.Longitude is not null).WithMessage("Lengkapi koordinat. / Give both coordinates.");
        RuleFor(r => r.EventDate).Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1))).When(r => r.EventDate is not null)
            .WithMessage("Tanggal kejadian tidak boleh di masa depan. / The date of the event cannot be in the future.");
        RuleFor(r => r.Privacy).Must(p => p!.ToLowerInvariant() is "confidential" or "anonymous" or "public").When(r => !string.IsNullOrEmpty(r.Privacy))
            .WithMessage("Privasi: confidential, anonymous atau public. / Privacy must be confidential, anonymous or public.");
        RuleFor(r => r.ShareContact).Must(share => share != true).When(r => r.Anonymous == true)
            .WithMessage("Laporan anonim tidak membagikan kontak kepada OPD. / An anonymous report does not share its contact with the agency.");
        RuleFor(r => r.Name).MaximumLength(150);
        RuleFor(r => r.Email).MaximumLength(254).EmailAddress().When(r => !string.IsNullOrEmpty(r.Email))
            .WithMessage("Alamat email tidak sah. / Email address is not valid.");
        RuleFor(r => r.Attachments).Must(a => a.Count <= Submission.MaxAttachments)
            .WithMessage($"Paling banyak {Submission.MaxAttachments} lampiran. / At most {Submission.MaxAttachments} attachments.");
        RuleFor(r => r.Phone).MaximumLength(30).Matches(@"^[0-9+()\-\s]*$").WithMessage("Nomor telepon tidak sah. / Phone number is not valid.");
        RuleFor(r => r.IdempotencyKey).Must(IdempotencyKeys.IsWellFormed).When(r => r.IdempotencyKey is not null).WithMessage(IdempotencyKeys.Message);
        RuleFor(r => r.Channel).Must(c => Enum.TryParse<SubmissionChannel>(c, true, out var ch) && ch != SubmissionChannel.Web && !int.TryParse(c, out _))
            .When(r => !string.IsNullOrEmpty(r.Channel))
            .WithMessage("Saluran: walkin, phone, whatsapp, letter atau socialmedia. / Channel must be walkin, phone, whatsapp, letter or socialmedia.");
    }
}

internal sealed class SubmitAspirationHandler(
    AspirationsDbContext context,
    ICurrentUser currentUser,
    Deadlines deadlines,
    ReferenceData referenceData,
    ReporterNotifier notifier,
    IFileStorage storage,
    GroupCommit<AspirationsDbContext> intake) : IRequestHandler<SubmitAspiration, SubmitAspirationResult>
{
    public async Task<SubmitAspirationResult> Handle(SubmitAspiration request, CancellationToken cancellationToken)
    {
        // A key is the caller's own: a guest's key is theirs by its randomness, a signed-in caller's is also bound to them.
        var key = request.IdempotencyKey is null ? null : $"{currentUser.UserId?.ToString("N") ?? "guest"}/{request.IdempotencyKey}";
        if (key is not null && await FirstAnswerAsync(key, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var category = await referenceData.ActiveCategoryAsync(request.CategoryCode, cancellationToken)
            ?? throw new InvalidFieldException("categoryCode", "Kategori tidak dikenal. / Unknown category.");

        var isStaff = Roles.Staff.Any(currentUser.IsInRole);
        var isCitizen = IsCitizen(currentUser);
        var channel = SubmissionChannel.Web;
        if (!string.IsNullOrEmpty(request.Channel))
        {
            if (!isStaff)
            {
                throw new InvalidFieldException("channel", "Hanya petugas yang mencatat saluran selain web. / Only staff record a channel other than the web.");
            }

            channel = Enum.Parse<SubmissionChannel>(request.Channel, ignoreCase: true);
        }
        else if (isStaff)
        {
            throw new InvalidFieldException("channel", "Petugas mencatat saluran laporan (walkin, phone, whatsapp, letter, socialmedia). / Staff record the channel the citizen used.");
        }

        // A guest proves the email before anyone works on the report; signed-in citizens and staff need not.
        string? token = null;
        if (!isStaff && !isCitizen)
        {
            if (MissingGuestEmail(currentUser, request) is { } missing)
            {
                throw missing;
            }

            token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
        }

        var suggested = await referenceData.SuggestedAgencyAsync(category.Code, cancellationToken);
        var privacy = request.ToPrivacyChoice();
        var reporter = new Reporter(
            isCitizen ? currentUser.UserId : null,
            string.IsNullOrWhiteSpace(request.Name) ? null : request.Name.Trim(),
            string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
            string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim());

        var submission = Submission.Create(
            TrackingCode.New(),
            ReportNumber.New(),
            Enum.Parse<SubmissionKind>(request.Kind!, ignoreCase: true),
            request.Title!,
            request.Description!,
            category.Code,
            string.IsNullOrEmpty(request.Regency) ? null : request.Regency,
            request.LocationText,
            request.Latitude is { } lat && request.Longitude is { } lon ? (lat, lon) : null,
            request.EventDate,
            privacy,
            channel,
            reporter,
            suggested,
            token,
            deadlines.Now,
            await deadlines.VerificationDueAsync());
        var files = await SubmissionFiles.AttachAsync(submission, request.Attachments, fromAgency: false, storage, deadlines.Now.UtcDateTime, cancellationToken);
        var submitted = token is null ? Outbox.Prepare(AspirationEvents.Submitted(submission, deadlines.Now)) : null;
        var mail = token is not null ? notifier.ConfirmationMail(submission, token) : notifier.StatusMail(submission);
        var queuedMail = mail is null ? null : Outbox.Prepare(mail, deadlines.Now);

        if (key is not null)
        {
            submission.KeyedBy(key);
        }

        // Saved with whatever other submissions arrived meanwhile, in one transaction (docs/adr/0009).
        try
        {
            await SubmissionFiles.SaveAsync(
                () => intake.SaveAsync(writer =>
                {
                    writer.Submissions.Add(submission);
                    if (submitted is not null)
                    {
                        writer.Publish(submitted);
                    }

                    if (queuedMail is not null)
                    {
                        writer.Publish(queuedMail);
                    }
                }),
                files,
                storage);
        }
        catch (DbUpdateException ex) when (key is not null && SaveConflicts.IsDuplicateKey(ex))
        {
            // The same key sent twice at once: the other request stored it.
            if (await FirstAnswerAsync(key, cancellationToken) is { } raced)
            {
                return raced;
            }

            throw;
        }

        return new SubmitAspirationResult(submission.TrackingCode, submission.Status.ToString(), token is not null);
    }

    /// <summary>
    /// A guest proves an email before anyone works on the report: without one, this is the error (null otherwise). The
    /// web form asks it together with the validator's rules, so a guest hears of every missing field at once.
    /// </summary>
    internal static InvalidFieldException? MissingGuestEmail(ICurrentUser user, SubmitAspiration request) =>
        !Roles.Staff.Any(user.IsInRole) && !IsCitizen(user) && string.IsNullOrWhiteSpace(request.Email)
            ? new InvalidFieldException("email", "Tamu perlu email untuk konfirmasi, atau masuk lebih dulu. / Guests need an email to confirm, or sign in first.")
            : null;

    private static bool IsCitizen(ICurrentUser user) => user.IsAuthenticated && user.IsInRole(Roles.Citizen);

    private Task<SubmitAspirationResult?> FirstAnswerAsync(string key, CancellationToken cancellationToken) =>
        context.Submissions.AsNoTracking().Where(s => s.IdempotencyKey == key)
            .Select(s => new SubmitAspirationResult(s.TrackingCode, s.Status.ToString(), s.Status == SubmissionStatus.AwaitingEmailConfirmation))
            .FirstOrDefaultAsync(cancellationToken);
}

internal static class SubmitAspirationEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapPost("/", async Task<Created<SubmitAspirationResult>> (
                SubmitAspiration request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(request with { IdempotencyKey = idempotencyKey }, ct);
                return TypedResults.Created($"/api/aspirations/track/{result.TrackingCode}", result);
            })
            .WithName("SubmitAspiration").WithSummary("Send an aspiration, complaint or information request (guests confirm by email)")
            .ProducesValidationProblem();
}
