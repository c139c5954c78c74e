using AspirasiEtam.Shared.Time;
namespace AspirasiEtam.Modules.PublicInformation.Features.ExportRegister;

/// <summary>
/// The published register — one agency's (<see cref="Agency"/> code) or the province's consolidated one — as CSV or
/// XLSX in the legal register's column order. Published entries only; drafts, exempt and withdrawn ones never.
/// </summary>
internal sealed record ExportRegister(string? Agency, string Format) : IRequest<RegisterFile>;

internal sealed record RegisterFile(byte[] Content, string ContentType, string FileName);

internal sealed class ExportRegisterValidator : AbstractValidator<ExportRegister>
{
    public ExportRegisterValidator()
    {
        RuleFor(r => r.Agency).MaximumLength(40);
        RuleFor(r => r.Format).Must(f => f is "csv" or "xlsx").WithMessage("Format: csv atau xlsx. / Format is csv or xlsx.");
    }
}

internal sealed class ExportRegisterHandler(PublicInformationDbContext context, TimeProvider clock) : IRequestHandler<ExportRegister, RegisterFile>
{
    public async Task<RegisterFile> Handle(ExportRegister request, CancellationToken cancellationToken)
    {
        var code = request.Agency?.Trim().ToUpperInvariant() is { Length: > 0 } c ? c : null;
        var rows = await (from e in context.Entries.AsNoTracking()
                          join a in context.Agencies.AsNoTracking() on e.AgencyId equals a.Id
                          where e.Status == EntryStatus.Published && (code == null || a.Code == code)
                          orderby a.Code, e.NumberYear, e.Sequence
                          select new
                          {
                              e.Number, a.Name, e.Title, e.Summary, e.HoldingUnit, e.PersonResponsible, e.MadeWhen, e.MadeWhere, e.Form,
                              e.RetentionPeriod, e.Category, e.Year, e.Tags, e.Links,
                          }).ToListAsync(cancellationToken);
        var cells = rows.Select(r => (IReadOnlyList<string>)
        [
            r.Number, r.Name, r.Title, r.Summary, r.HoldingUnit, r.PersonResponsible, r.MadeWhen ?? string.Empty, r.MadeWhere ?? string.Empty,
            r.Form.Code(), r.RetentionPeriod, r.Category.Code(), r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.Join(", ", r.Tags), string.Join(" ", r.Links),
        ]).ToList();
        var name = $"dip-{(code ?? "provinsi-kaltim").ToLowerInvariant()}-{LocalTime.Today(clock.GetUtcNow()):yyyy-MM-dd}.{request.Format}";
        return request.Format == "csv"
            ? new RegisterFile(RegisterSheet.ToCsv(cells), "text/csv; charset=utf-8", name)
            : new RegisterFile(RegisterSheet.ToXlsx(cells, code ?? "DIP"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }
}

internal static class ExportRegisterEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/register.{format}", async Task<FileContentHttpResult> (string format, string? agency, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var file = await mediator.Send(new ExportRegister(agency, format), cancellationToken);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("ExportRegister")
            .WithSummary("The published register (one agency's with ?agency=CODE, or the province's) as register.csv or register.xlsx")
            .ProducesValidationProblem();
}
