namespace AspirasiEtam.Modules.PublicInformation.Persistence;

/// <summary>The reads requests and objections share: numbers, the calendar, PPID Utama's agency.</summary>
internal static class RequestQueries
{
    /// <summary>The next free number of an agency's request register in a year (a unique index catches a race).</summary>
    public static async Task<int> NextRequestSequenceAsync(this PublicInformationDbContext context, Guid agencyId, int year, CancellationToken cancellationToken) =>
        (await context.Requests.Where(r => r.NumberAgencyId == agencyId && r.NumberYear == year).MaxAsync(r => (int?)r.Sequence, cancellationToken) ?? 0) + 1;

    public static async Task<int> NextObjectionSequenceAsync(this PublicInformationDbContext context, Guid agencyId, int year, CancellationToken cancellationToken) =>
        (await context.Objections.Where(o => o.AgencyId == agencyId && o.NumberYear == year).MaxAsync(o => (int?)o.Sequence, cancellationToken) ?? 0) + 1;

    /// <summary>The working-day clock on this module's copy of the holiday calendar (a few dozen rows a year).</summary>
    public static async Task<RequestClock> RequestClockAsync(this PublicInformationDbContext context, CancellationToken cancellationToken) =>
        new(await context.Holidays.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>The agency of PPID Utama, which receives requests not addressed to an agency.</summary>
    public static async Task<PpidAgency> MainOfficeAsync(this PublicInformationDbContext context, CancellationToken cancellationToken) =>
        await context.Agencies.AsNoTracking().Where(a => a.IsMainOffice && a.IsActive).OrderBy(a => a.Code).FirstOrDefaultAsync(cancellationToken)
        ?? throw new ConflictException("No agency is marked as PPID Utama in the directory. / Belum ada OPD yang ditandai sebagai PPID Utama.");

    /// <summary>An active agency that can receive requests, or a field error.</summary>
    public static async Task<PpidAgency> ReceivingAgencyAsync(this PublicInformationDbContext context, Guid? agencyId, string field, CancellationToken cancellationToken)
    {
        if (agencyId is not { } id)
        {
            return await context.MainOfficeAsync(cancellationToken);
        }

        var agency = await context.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return agency is { IsActive: true }
            ? agency
            : throw new InvalidFieldException(field, "OPD tujuan tidak dikenal atau tidak aktif. / The agency is unknown or inactive.");
    }

    /// <summary>
    /// The request whose number and secret code the applicant typed — or, signed in, one of the applicant's own (filed
    /// from the account, or converted from a report sent from it). The same 404 for a wrong number and a wrong code.
    /// </summary>
    public static async Task<InformationRequest> FindByNumberAndCodeAsync(
        this IQueryable<InformationRequest> requests, string? number, string? code, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var normalized = (number ?? string.Empty).Trim().ToUpperInvariant();
        var request = normalized.Length is > 0 and <= 60
            ? await requests.AsSplitQuery().FirstOrDefaultAsync(r => r.Number == normalized, cancellationToken)
            : null;
        var own = request?.Applicant.UserId is { } applicant && currentUser.UserId == applicant;
        return request is not null && (own || request.HasAccessCode(code))
            ? request
            : throw new NotFoundException("No request with that number and code. / Tidak ada permohonan dengan nomor dan kode tersebut.");
    }
}
