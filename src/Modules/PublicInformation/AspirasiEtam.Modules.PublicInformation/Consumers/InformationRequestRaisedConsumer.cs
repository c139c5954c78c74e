using AspirasiEtam.Modules.Aspirations.Contracts;
using AspirasiEtam.Modules.PublicInformation.Features.SubmitRequest;
using AspirasiEtam.Shared.Persistence;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.PublicInformation.Consumers;

/// <summary>
/// PPID Utama converted an Aspirasi Etam report into an information request: it is registered with PPID Utama (who
/// forwards it), its clock starting on the day of conversion, linked to the report's number. The request, its event
/// and its receipt email are saved with the inbox record in one transaction, and the unique index on the source report
/// keeps it to one request however often the event arrives. The reporter's privacy choices carry over: an anonymous
/// reporter, or one who kept the contact from the agency, stays hidden from the agency's officers.
/// </summary>
internal sealed class InformationRequestRaisedConsumer(PublicInformationDbContext context, TimeProvider clock, IOptions<PortalOptions> portal)
    : InboxConsumer<InformationRequestRaised, PublicInformationDbContext>(context, clock)
{
    protected override async Task HandleAsync(InformationRequestRaised m, CancellationToken cancellationToken)
    {
        if (await Context.Requests.AnyAsync(r => r.SourceSubmissionId == m.SubmissionId, cancellationToken))
        {
            return;
        }

        var agency = await Context.MainOfficeAsync(cancellationToken);
        var applicant = Applicant.Of(
            ApplicantKind.Individual, string.IsNullOrWhiteSpace(m.ApplicantName) ? $"Pelapor {m.ReportNumber}" : m.ApplicantName.Trim(),
            identityNumber: null, address: null, occupation: null, m.ApplicantPhone, m.ApplicantEmail, m.ApplicantUserId,
            hiddenFromAgency: m.Anonymous || !m.ContactShared);
        var wanted = $"{m.Title}\n\n{m.Description}";
        var details = new RequestDetails(
            wanted.Length > RequestLimits.InformationWanted ? wanted[..RequestLimits.InformationWanted] : wanted,
            $"Tidak disebutkan: dialihkan dari laporan Aspirasi Etam {m.ReportNumber}. / Not stated: converted from report {m.ReportNumber}.",
            ObtainMethod.SoftCopy, m.ApplicantEmail is null ? DeliveryMethod.Collect : DeliveryMethod.Email, PublicArchive: false);
        await SubmitRequestHandler.AddAsync(
            Context, agency, applicant, details, "aspiration", await Context.RequestClockAsync(cancellationToken), m.OccurredAt, portal.Value, cancellationToken,
            m.SubmissionId, m.ReportNumber);
    }
}
