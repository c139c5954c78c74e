using System.Globalization;
using AspirasiEtam.Shared.Time;
using AspirasiEtam.Modules.PublicInformation.Features.ExportRegister;

namespace AspirasiEtam.Modules.PublicInformation.Features.ExportRequestRegister;

/// <summary>Which register: requests (permohonan) or objections (keberatan).</summary>
internal enum RequestRegisterKind
{
    Requests,
    Objections,
}

/// <summary>
/// The request register or the objection register as CSV or XLSX, in the legal register's columns: for staff, of the
/// agencies in their scope, with the applicant's name and contact where they may see them (never the identity number
/// or scan); for the public (<see cref="ForPublic"/>), the province's registers with no applicant column at all.
/// </summary>
internal sealed record ExportRequestRegister(RequestRegisterKind Kind, string Format, Guid? AgencyId, int? Year, bool ForPublic) : IRequest<RegisterFile>;

internal sealed class ExportRequestRegisterValidator : AbstractValidator<ExportRequestRegister>
{
    public ExportRequestRegisterValidator() =>
        RuleFor(r => r.Format).Must(f => f is "csv" or "xlsx").WithMessage("Format: csv atau xlsx. / Format is csv or xlsx.");
}

internal sealed class ExportRequestRegisterHandler(PublicInformationDbContext context, StaffRequests staff, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ExportRequestRegister, RegisterFile>
{
    public static readonly IReadOnlyList<string> RequestColumns =
    [
        "Nomor Registrasi", "OPD", "Tanggal Permohonan", "Saluran", "Nama Pemohon", "Alamat", "Pekerjaan", "Telepon/Email", "Rincian Informasi yang Dibutuhkan",
        "Tujuan Penggunaan Informasi", "Cara Memperoleh Informasi", "Cara Mendapatkan Salinan", "Batas Waktu", "Diperpanjang", "Status", "Keputusan",
        "Alasan Pengecualian (Pasal 17)", "Informasi Dikuasai Oleh", "Tanggal Pemberitahuan Tertulis", "Waktu Penyelesaian (hari kerja)", "Biaya (Rp)",
    ];

    public static readonly IReadOnlyList<string> PublicRequestColumns =
    [
        "Nomor Registrasi", "OPD", "Tanggal Permohonan", "Batas Waktu", "Diperpanjang", "Status", "Keputusan", "Alasan Pengecualian (Pasal 17)",
        "Tanggal Pemberitahuan Tertulis", "Waktu Penyelesaian (hari kerja)",
    ];

    public static readonly IReadOnlyList<string> ObjectionColumns =
    [
        "Nomor Keberatan", "Nomor Registrasi Permohonan", "OPD", "Tanggal Keberatan", "Alasan Keberatan (Pasal 35)", "Batas Tanggapan", "Status", "Putusan Atasan PPID",
        "Tanggal Putusan", "Batas Pengajuan ke Komisi Informasi",
    ];

    public async Task<RegisterFile> Handle(ExportRequestRegister request, CancellationToken cancellationToken)
    {
        if (!request.ForPublic && !Roles.Staff.Any(currentUser.IsInRole))
        {
            throw new ForbiddenException("Staff only. / Khusus staf.");
        }

        var names = await context.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var requestClock = await context.RequestClockAsync(cancellationToken);
        var (headers, rows) = request.Kind == RequestRegisterKind.Requests
            ? await RequestRowsAsync(request, names, requestClock, cancellationToken)
            : await ObjectionRowsAsync(request, names, cancellationToken);
        var name = $"register-{(request.Kind == RequestRegisterKind.Requests ? "permohonan" : "keberatan")}-{LocalTime.Today(clock.GetUtcNow()):yyyy-MM-dd}.{request.Format}";
        var sheet = request.Kind == RequestRegisterKind.Requests ? "Permohonan" : "Keberatan";
        return request.Format == "csv"
            ? new RegisterFile(RegisterSheet.ToCsv(rows, headers), "text/csv; charset=utf-8", name)
            : new RegisterFile(RegisterSheet.ToXlsx(rows, sheet, headers), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    private async Task<(IReadOnlyList<string>, List<IReadOnlyList<string>>)> RequestRowsAsync(
        ExportRequestRegister request, Dictionary<Guid, string> names, RequestClock requestClock, CancellationToken cancellationToken)
    {
        var query = (request.ForPublic ? context.Requests : staff.Readable).AsNoTracking();
        query = Filter(query, request.AgencyId, request.Year);
        var requests = await query.OrderBy(r => r.ReceivedAt).ToListAsync(cancellationToken);
        var rows = new List<IReadOnlyList<string>>(requests.Count);
        foreach (var r in requests)
        {
            var agency = names.GetValueOrDefault(r.AgencyId, "?");
            var outcome = r.Outcome is { } o ? RequestCodes.OutcomeName(o, english: false) : string.Empty;
            var decided = r.DecidedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
            var days = r.DecidedOn is { } on ? requestClock.WorkingDaysBetween(r.ReceivedOn, on).ToString(CultureInfo.InvariantCulture) : string.Empty;
            var extended = r.IsExtended ? "Ya" : "Tidak";
            if (request.ForPublic)
            {
                rows.Add(PublicRow(r, agency, requestClock));
                continue;
            }

            var contact = staff.MaySeeContact(r);
            var a = r.Applicant;
            rows.Add(
            [
                r.Number, agency, Day(r.ReceivedOn), r.Channel, contact ? a.Name : "(dirahasiakan)", contact ? a.Address ?? string.Empty : string.Empty,
                contact ? a.Occupation ?? string.Empty : string.Empty, contact ? string.Join(" / ", new[] { a.Phone, a.Email }.Where(x => x is not null)) : string.Empty,
                r.InformationWanted, r.Purpose, RequestCodes.ObtainName(r.Obtain, english: false), RequestCodes.DeliveryName(r.Delivery, english: false),
                Day(r.DueOn), extended, RequestCodes.Code(r.Status), outcome, r.ExemptionGround ?? string.Empty, r.HoldingBody ?? string.Empty, decided, days,
                r.Fee.ToString("0", CultureInfo.InvariantCulture),
            ]);
        }

        return (request.ForPublic ? PublicRequestColumns : RequestColumns, rows);
    }

    private async Task<(IReadOnlyList<string>, List<IReadOnlyList<string>>)> ObjectionRowsAsync(
        ExportRequestRegister request, Dictionary<Guid, string> names, CancellationToken cancellationToken)
    {
        var query = (request.ForPublic ? context.Objections : staff.ReadableObjections).AsNoTracking();
        if (request.AgencyId is { } agencyId)
        {
            query = query.Where(o => o.AgencyId == agencyId);
        }

        if (request.Year is { } year)
        {
            query = query.Where(o => o.NumberYear == year);
        }

        var objections = await query.OrderBy(o => o.FiledAt)
            .Join(context.Requests, o => o.RequestId, r => r.Id, (o, r) => new { Objection = o, r.Number })
            .ToListAsync(cancellationToken);
        return (ObjectionColumns, [.. objections.Select(x => ObjectionRow(x.Objection, x.Number, names.GetValueOrDefault(x.Objection.AgencyId, "?")))]);
    }

    /// <summary>A request's row of the public register (<see cref="PublicRequestColumns"/>): no applicant field.</summary>
    public static IReadOnlyList<string> PublicRow(InformationRequest r, string agency, RequestClock requestClock) =>
    [
        r.Number, agency, Day(r.ReceivedOn), Day(r.DueOn), r.IsExtended ? "Ya" : "Tidak", RequestCodes.Code(r.Status),
        r.Outcome is { } o ? RequestCodes.OutcomeName(o, english: false) : string.Empty, r.ExemptionGround ?? string.Empty,
        r.DecidedOn is { } decided ? Day(decided) : string.Empty,
        r.DecidedOn is { } on ? requestClock.WorkingDaysBetween(r.ReceivedOn, on).ToString(CultureInfo.InvariantCulture) : string.Empty,
    ];

    /// <summary>An objection's row of the objection register (<see cref="ObjectionColumns"/>).</summary>
    public static IReadOnlyList<string> ObjectionRow(Objection o, string requestNumber, string agency) =>
    [
        o.Number, requestNumber, agency, Day(o.FiledOn),
        ObjectionGrounds.Find(o.Ground) is { } g ? $"{g.Code}: {g.TextId}" : o.Ground, Day(o.DueOn), RequestCodes.Code(o.Status),
        o.Outcome is { } outcome ? RequestCodes.Code(outcome) : string.Empty, o.DecidedOn is { } d ? Day(d) : string.Empty,
        o.CommissionDeadline is { } c ? Day(c) : string.Empty,
    ];

    private static IQueryable<InformationRequest> Filter(IQueryable<InformationRequest> query, Guid? agencyId, int? year)
    {
        if (agencyId is { } id)
        {
            query = query.Where(r => r.AgencyId == id);
        }

        return year is { } y ? query.Where(r => r.NumberYear == y) : query;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal static class ExportRequestRegisterEndpoint
{
    public static void MapPublic(IEndpointRouteBuilder open) => Map(open, "/requests", forPublic: true, "ExportPublicRequestRegister", "The province's request and objection registers without applicants");

    public static void MapStaff(IEndpointRouteBuilder staff) => Map(staff, string.Empty, forPublic: false, "ExportRequestRegister", "The request and objection registers of the caller's agencies");

    private static void Map(IEndpointRouteBuilder group, string prefix, bool forPublic, string name, string summary)
    {
        foreach (var (path, kind) in new[] { ("register", RequestRegisterKind.Requests), ("objections", RequestRegisterKind.Objections) })
        {
            group.MapGet($"{prefix}/{path}.{{format}}", async Task<FileContentHttpResult> (string format, Guid? agencyId, int? year, IMediator mediator, CancellationToken ct) =>
                {
                    var file = await mediator.Send(new ExportRequestRegister(kind, format, agencyId, year, forPublic), ct);
                    return TypedResults.File(file.Content, file.ContentType, file.FileName);
                })
                .WithName(name + kind)
                .WithSummary($"{summary} ({path}.csv or {path}.xlsx; ?agencyId, ?year)")
                .ProducesValidationProblem();
        }
    }
}
