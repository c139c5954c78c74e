using AspirasiEtam.Modules.Aspirations.Notifications;

namespace AspirasiEtam.Modules.Aspirations.Features.AddFollowUpNote;

/// <summary>
/// The agency records its progress: an internal note (never shown publicly) unless the officer chooses a public one
/// (the reporter is told by email) — <c>internal</c> defaults to true in the API as the form's box is unticked.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record AddFollowUpNote(Guid Id, string? Text, bool Internal) : IRequest<StaffSubmission>;

internal sealed class AddFollowUpNoteValidator : AbstractValidator<AddFollowUpNote>
{
    public AddFollowUpNoteValidator() => RuleFor(r => r.Text).NotEmpty().WithMessage("Tulis catatannya. / Write the note.").MaximumLength(SubmissionLimits.Note);
}

internal sealed class AddFollowUpNoteHandler(AspirationsDbContext context, StaffSubmissions staff, Deadlines deadlines, ReporterNotifier notifier)
    : IRequestHandler<AddFollowUpNote, StaffSubmission>
{
    public async Task<StaffSubmission> Handle(AddFollowUpNote request, CancellationToken cancellationToken)
    {
        var submission = await staff.FindForWorkAsync(request.Id, cancellationToken);
        submission.AddProgress(request.Text!, request.Internal, deadlines.Now, staff.Actor);
        if (!request.Internal)
        {
            notifier.StatusChanged(context, submission, deadlines.Now);
        }

        await context.SaveChangesAsync(cancellationToken);

        return staff.View(submission, withTimeline: true);
    }
}

internal static class AddFollowUpNoteEndpoint
{
    public static void Map(IEndpointRouteBuilder work) =>
        work.MapStep<NoteRequest>("/notes", (id, note) => new AddFollowUpNote(id, note.Text, note.Internal))
            .WithName("AddFollowUpNote").WithSummary("An internal note (the default), or a progress note shown to the reporter with \"internal\": false");
}

internal sealed record NoteRequest(string? Text, bool Internal = true);
