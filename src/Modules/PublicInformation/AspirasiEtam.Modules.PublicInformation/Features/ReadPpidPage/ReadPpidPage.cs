namespace AspirasiEtam.Modules.PublicInformation.Features.ReadPpidPage;

/// <summary>An agency PPID's published pages as the public reads them: one page, or (no slug) which pages it has.</summary>
internal sealed record ReadPpidPage(string AgencyCode, string? Slug) : IRequest<PublishedPpidPages>;

internal sealed record PublishedPpidPages(string AgencyCode, string AgencyName, IReadOnlyList<PublishedPpidPage> Pages);

/// <summary><see cref="Html"/> is rendered and sanitized when the page was published; null in a list of pages.</summary>
internal sealed record PublishedPpidPage(string Slug, string TitleId, string TitleEn, string? Html, DateTime PublishedAt);

internal sealed class ReadPpidPageHandler(PublicInformationDbContext context) : IRequestHandler<ReadPpidPage, PublishedPpidPages>
{
    public async Task<PublishedPpidPages> Handle(ReadPpidPage request, CancellationToken cancellationToken)
    {
        var code = request.AgencyCode.Trim().ToUpperInvariant();
        var agency = await context.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code, cancellationToken)
            ?? throw new NotFoundException($"No agency {code}. / OPD {code} tidak ditemukan.");
        // A list of pages reads no page's HTML.
        var pages = await context.Pages.AsNoTracking()
            .Where(p => p.AgencyId == agency.Id && p.PublishedHtml != null && (request.Slug == null || p.Slug == request.Slug))
            .Select(p => new { p.Slug, Html = request.Slug == null ? null : p.PublishedHtml, p.PublishedAt })
            .ToListAsync(cancellationToken);
        if (request.Slug is not null && pages.Count == 0)
        {
            throw new NotFoundException("The page is not published. / Halaman belum diterbitkan.");
        }

        return new PublishedPpidPages(agency.Code, agency.Name, [.. PpidPageKinds.All
            .Select(k => (Kind: k, Page: pages.FirstOrDefault(p => p.Slug == k.Slug)))
            .Where(x => x.Page is not null)
            .Select(x => new PublishedPpidPage(x.Kind.Slug, x.Kind.Indonesian, x.Kind.English, x.Page!.Html, x.Page!.PublishedAt!.Value))]);
    }
}

internal static class ReadPpidPageEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/agencies/{code}/pages/{slug}", async Task<Ok<PublishedPpidPage>> (string code, string slug, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok((await mediator.Send(new ReadPpidPage(code, slug), cancellationToken)).Pages.Single()))
            .WithName("ReadPpidPage")
            .WithSummary("One of an agency PPID's published pages (profil, struktur, maklumat, sop, regulasi, biaya, kontak)")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
