using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Time;

namespace AspirasiEtam.Modules.PublicInformation.Features;

/// <summary>
/// Requests and objections in the caller's scope (<see cref="InAgencyScope{T}"/>), found or answered 404; who is acting
/// and under which name they sign; and who may see the applicant's identity. What every staff use case of requests
/// shares. Who may send each request is its <c>[Authorize]</c> policy.
/// </summary>
internal sealed class StaffRequests(PublicInformationDbContext context, ICurrentUser currentUser, TimeProvider clock, RequestMails mails)
{
    public Guid Actor => currentUser.UserId ?? Guid.Empty;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => LocalTime.Today(clock.GetUtcNow());

    public IQueryable<InformationRequest> Readable => context.Requests.WithSpecification(InAgencyScope<InformationRequest>.ToRead(currentUser));

    public IQueryable<Objection> ReadableObjections => context.Objections.WithSpecification(InAgencyScope<Objection>.ToRead(currentUser));

    public Task<InformationRequest> FindToReadAsync(Guid id, CancellationToken cancellationToken) => FindAsync(Readable, id, cancellationToken);

    public Task<InformationRequest> FindToChangeAsync(Guid id, CancellationToken cancellationToken) =>
        FindAsync(context.Requests.WithSpecification(InAgencyScope<InformationRequest>.ToChange(currentUser)), id, cancellationToken);

    public async Task<Objection> FindObjectionAsync(Guid id, CancellationToken cancellationToken) =>
        await ReadableObjections.FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new NotFoundException($"No objection {id} in your scope. / Keberatan {id} tidak ada dalam cakupan Anda.");

    /// <summary>
    /// The identity proof (identity number, scan of the card or deed): PPID Utama, and the officers of the agency
    /// handling the request unless the applicant kept the identity from the agency (a converted anonymous report).
    /// </summary>
    public bool MaySeeIdentityProof(InformationRequest request) =>
        currentUser.IsInRole(Roles.MainOffice)
        || (currentUser.IsInRole(Roles.AgencyOfficer) && currentUser.AgencyIds.Contains(request.AgencyId) && !request.Applicant.HiddenFromAgency);

    /// <summary>Name and contact: those, super admins, and the supervisors answering the agency's objections (same exception).</summary>
    public bool MaySeeContact(InformationRequest request) =>
        MaySeeIdentityProof(request)
        || currentUser.IsInRole(Roles.SuperAdmin)
        || (currentUser.IsInRole(Roles.Supervisor) && currentUser.CanActFor(request.AgencyId) && !request.Applicant.HiddenFromAgency);

    /// <summary>
    /// Objections are decided by the agency's own superior (Atasan PPID, bound to it: a province-wide supervisor reads
    /// every agency's but writes only for its own), or by a super admin.
    /// </summary>
    public bool MayDecideObjectionsOf(Guid agencyId) =>
        currentUser.IsInRole(Roles.SuperAdmin) || (currentUser.IsInRole(Roles.Supervisor) && currentUser.AgencyIds.Contains(agencyId));

    public void EnsureMayDecideObjection(Objection objection)
    {
        var supervisor = MayDecideObjectionsOf(objection.AgencyId);
        if (!supervisor)
        {
            throw new ForbiddenException("Only the agency's superior (Atasan PPID) decides objections. / Keberatan diputus oleh atasan PPID OPD.");
        }
    }

    /// <summary>The name notices are signed with: the staff member's, as Identity announced it.</summary>
    public async Task<string> SignatureAsync(CancellationToken cancellationToken) =>
        await context.Officers.AsNoTracking().Where(o => o.Id == Actor).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) is { Length: > 0 } name
            ? name
            : "PPID";

    /// <summary>
    /// The next letter of a request: numbered in its sequence (<c>…/SPT-n</c>), dated now, signed with the caller's name,
    /// its HTML written by <paramref name="letter"/> from the number and the signature.
    /// </summary>
    public async Task<RequestNotice> NoticeAsync(InformationRequest r, NoticeKind kind, Func<string, string, string> letter, CancellationToken cancellationToken)
    {
        var sequence = r.NextNoticeSequence;
        var number = r.NoticeNumber(sequence);
        var signedBy = await SignatureAsync(cancellationToken);
        return new RequestNotice(sequence, kind, number, Now, signedBy, letter(number, signedBy));
    }

    /// <summary>
    /// The written notice of a decision (Pasal 22 ayat 7) — a decision proper, or the closing of a request held by a
    /// body outside the province: the letter with the objection deadline, recorded on the request by
    /// <paramref name="record"/>, the applicant's email and <see cref="InformationRequestDecided"/>, for the caller to save.
    /// </summary>
    public async Task IssueDecisionAsync(InformationRequest r, RequestDecision decision, Action<RequestNotice> record, CancellationToken cancellationToken)
    {
        var today = Today;
        var requestClock = await context.RequestClockAsync(cancellationToken);
        var agency = await context.FindAgencyAsync(r.AgencyId, cancellationToken);
        var objectionUntil = requestClock.Count(today, RequestClock.ObjectionDays).Due;
        var notice = await NoticeAsync(r, NoticeKind.Decision, (number, signedBy) => RequestLetters.Decision(r, agency, number, today, decision, objectionUntil, signedBy), cancellationToken);
        record(notice);
        mails.NoticeIssued(r, notice.Number, "Pemberitahuan tertulis / Written notice");
        context.Publish(new InformationRequestDecided(
            r.Id, r.Number, r.AgencyId, RequestCodes.Code(decision.Outcome), requestClock.WorkingDaysBetween(r.ReceivedOn, today), r.SourceSubmissionId, clock.GetUtcNow(), today <= r.DueOn));
    }

    private static async Task<InformationRequest> FindAsync(IQueryable<InformationRequest> requests, Guid id, CancellationToken cancellationToken) =>
        await requests.AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new NotFoundException($"No request {id} in your scope. / Permohonan {id} tidak ada dalam cakupan Anda.");
}
