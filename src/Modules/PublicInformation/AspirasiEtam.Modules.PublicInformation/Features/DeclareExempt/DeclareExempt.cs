using System.Text.Json.Serialization;
using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.PublicInformation.Features.DeclareExempt;

/// <summary>
/// Records that information is exempt (Daftar Informasi yang Dikecualikan): the Pasal 17 ground, the consequence test
/// (the harm disclosure would cause; why the public interest does not outweigh it), until when, and who decided when.
/// The public list shows the title, ground, period and decision; the content stays with the agency and PPID Utama.
/// When the period ends the entry returns to its agency as a draft for review.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record DeclareExempt(string? Ground, string? Harm, string? PublicInterest, DateOnly? Until, string? DecidedBy, DateOnly? DecidedOn)
    : IRequest<StaffEntryView>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class DeclareExemptValidator : AbstractValidator<DeclareExempt>
{
    public DeclareExemptValidator(TimeProvider clock)
    {
        RuleFor(r => r.Ground).Must(g => ExemptionGrounds.Find(g) is not null)
            .WithMessage("Pilih dasar pengecualian Pasal 17 (17a–17j). / Choose a Pasal 17 ground (17a–17j).");
        RuleFor(r => r.Harm).NotEmpty().WithMessage("Uji konsekuensi: tulis akibat yang timbul bila dibuka. / Consequence test: write the harm disclosure would cause.")
            .MaximumLength(EntryLimits.ExemptionText);
        RuleFor(r => r.PublicInterest).NotEmpty().WithMessage("Uji konsekuensi: tulis mengapa menutup lebih melindungi kepentingan yang lebih besar. / Consequence test: write why the public interest does not outweigh the harm.")
            .MaximumLength(EntryLimits.ExemptionText);
        RuleFor(r => r.DecidedBy).NotEmpty().WithMessage("Tulis siapa yang memutuskan (mis. nomor SK PPID). / Write who decided (e.g. the PPID decree number).")
            .MaximumLength(EntryLimits.Person);
        RuleFor(r => r.DecidedOn).NotNull().WithMessage("Tanggal keputusan wajib diisi. / The decision date is required.")
            .Must(d => d <= LocalTime.Today(clock.GetUtcNow())).WithMessage("Tanggal keputusan tidak boleh di masa depan. / The decision date cannot be in the future.");
        RuleFor(r => r.Until).NotNull().WithMessage("Jangka waktu pengecualian wajib diisi. / The period of exemption is required.")
            .Must((r, until) => until > r.DecidedOn).WithMessage("Akhir pengecualian harus sesudah tanggal keputusan. / The exemption must end after its decision.");
    }
}

internal sealed class DeclareExemptHandler(StaffEntries staff) : IRequestHandler<DeclareExempt, StaffEntryView>
{
    public async Task<StaffEntryView> Handle(DeclareExempt request, CancellationToken cancellationToken)
    {
        var entry = await staff.FindToChangeAsync(request.Id, cancellationToken);
        var now = staff.Now;
        var wasPublic = entry.IsPublic;
        entry.DeclareExempt(
            new Exemption(request.Ground!, request.Harm!.Trim(), request.PublicInterest!.Trim(), request.Until!.Value, request.DecidedBy!.Trim(), request.DecidedOn!.Value),
            staff.Actor, now);
        await staff.SaveAsync(entry, cancellationToken,
            wasPublic ? new InformationWithdrawn(entry.Id, entry.AgencyId, entry.Number, "Dikecualikan / Exempt", now) : null);
        return StaffEntryView.Of(entry);
    }
}

internal static class DeclareExemptEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapPost("/{id:guid}/exempt", async Task<Ok<StaffEntryView>> (Guid id, DeclareExempt request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request with { Id = id }, cancellationToken)))
            .WithName("DeclareRegisterEntryExempt")
            .WithSummary("Record that an entry's information is exempt (Pasal 17), with its consequence test")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
