using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Modules.Aspirations.Notifications;

namespace AspirasiEtam.Modules.Aspirations.Features.ReturnFromInactiveAgency;

/// <summary>
/// An agency deactivated in the directory takes no more work: the reports it was following up go back to PPID Utama
/// for another dispatch (each with a timeline entry and a mail to its reporter), in the save that records the
/// deactivation. A report reopened by its reporter after the agency went goes the same way
/// (<see cref="ReplyToResponse.ReplyToResponseHandler"/>).
/// </summary>
internal sealed class InactiveAgencyReports(AspirationsDbContext context, Deadlines deadlines, ReporterNotifier notifier)
{
    /// <summary>When <paramref name="agency"/> is (now) inactive, queues the return of every report dispatched to it.</summary>
    public async Task ReturnAsync(DispatchAgency agency, CancellationToken cancellationToken)
    {
        if (agency.IsActive)
        {
            return;
        }

        var reports = await context.Submissions
            .Where(s => s.AgencyId == agency.Id && s.Status == SubmissionStatus.Dispatched)
            .ToListAsync(cancellationToken);
        if (reports.Count == 0)
        {
            return;
        }

        var due = await deadlines.VerificationDueAsync();
        foreach (var report in reports)
        {
            Return(report, agency, due);
        }
    }

    public void Return(Submission report, DispatchAgency agency, DateTime verificationDue)
    {
        var now = deadlines.Now;
        report.ReturnFromInactiveAgency(agency.Name, now, verificationDue);
        context.Publish(new AspirationReturned(report.Id, agency.Id, now));
        notifier.StatusChanged(context, report, now);
    }
}
