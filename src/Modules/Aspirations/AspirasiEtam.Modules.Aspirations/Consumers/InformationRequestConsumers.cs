using AspirasiEtam.Modules.PublicInformation.Contracts;
using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.Aspirations.Consumers;

/// <summary>
/// A report converted to an information request was registered by the Public Information module: its tracking page
/// and API show the registration number from now on (the PPID's tables are never read from here).
/// </summary>
internal sealed class InformationRequestRegisteredConsumer(AspirationsDbContext context, TimeProvider clock)
    : InboxConsumer<InformationRequestRegistered, AspirationsDbContext>(context, clock)
{
    private readonly TimeProvider clock = clock;

    protected override async Task HandleAsync(InformationRequestRegistered m, CancellationToken cancellationToken)
    {
        if (m.SourceSubmissionId is not { } submissionId)
        {
            return;
        }

        var submission = await Context.Submissions.FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        submission?.LinkInformationRequest(m.Number, clock.GetUtcNow());
    }
}
