using AspirasiEtam.Shared.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace AspirasiEtam.Modules.PublicInformation.Features.ReadPpidPage;

/// <summary>An agency PPID's published pages as the public reads them: one page, or (no slug) which pages it has.</summary>
internal sealed record ReadPpidPage(string AgencyCode, string? Slug) : IRequest<PublishedPpidPages>;

internal sealed record PublishedPpidPages(string AgencyCode, string AgencyName, IReadOnlyList<PublishedPpidPage> Pages);

/// <summary><see cref="Html"/> is rendered and sanitized when the page was published; null in a list of pages.</summary>
internal sealed record PublishedPpidPage(string Slug, string TitleId, string TitleEn, string? Html, DateTime PublishedAt);

/// <summary>
/// Every agency's published pages as a list (no HTML), by agency code, kept in memory (<see cref="MemorySnapshot{T}"/>):
/// every agency's register page shows them, and two queries cost that page more than its register (docs/performance.md,
/// issue 12). Dropped when this process commits a change to an agency or a page.
/// </summary>
internal sealed class PublishedPageDirectory(IReadOnlyDictionary<string, PublishedPpidPages> byCode)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    public PublishedPpidPages? Find(string code) => byCode.GetValueOrDefault(code);

    public static async Task<PublishedPageDirectory> LoadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var context = services.GetRequiredService<PublicInformationDbContext>();
        var agencies = await context.Agencies.AsNoTracking().Select(a => new { a.Id, a.Code, a.Name }).ToListAsync(cancellationToken);
        var pages = (await context.Pages.AsNoTracking().Where(p => p.PublishedHtml != null)
                .Select(p => new { p.AgencyId, p.Slug, p.PublishedAt }).ToListAsync(cancellationToken))
            .ToLookup(p => p.AgencyId);
        // A code two agencies hold for a moment (directory events still arriving) is left to the database's answer.
        return new PublishedPageDirectory(agencies.GroupBy(a => a.Code).Where(g => g.Count() == 1).Select(g => g.Single()).ToDictionary(
            a => a.Code,
            a => new PublishedPpidPages(a.Code, a.Name, ReadPpidPageHandler.InOrder(pages[a.Id].Select(p => (p.Slug, (string?)null, p.PublishedAt!.Value)))),
            StringComparer.Ordinal));
    }
}

internal sealed class ReadPpidPageHandler(PublicInformationDbContext context, MemorySnapshot<PublishedPageDirectory> directory) : IRequestHandler<ReadPpidPage, PublishedPpidPages>
{
    public async Task<PublishedPpidPages> Handle(ReadPpidPage request, CancellationToken cancellationToken)
    {
        var code = request.AgencyCode.Trim().ToUpperInvariant();
        if (request.Slug is null && (await directory.GetAsync(cancellationToken)).Find(code) is { } listed)
        {
            return listed;
        }

        // One page with its HTML, or an agency the directory does not know (yet).
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

        return new PublishedPpidPages(agency.Code, agency.Name, InOrder(pages.Select(p => (p.Slug, p.Html, p.PublishedAt!.Value))));
    }

    /// <summary>Published pages in the order of <see cref="PpidPageKinds.All"/>, with their titles.</summary>
    public static IReadOnlyList<PublishedPpidPage> InOrder(IEnumerable<(string Slug, string? Html, DateTime PublishedAt)> pages)
    {
        var bySlug = pages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        return [.. PpidPageKinds.All.Where(k => bySlug.ContainsKey(k.Slug))
            .Select(k => new PublishedPpidPage(k.Slug, k.Indonesian, k.English, bySlug[k.Slug].Html, bySlug[k.Slug].PublishedAt))];
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
