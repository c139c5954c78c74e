using System.Globalization;
using System.Text;
using System.Xml;
using AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;
using Microsoft.Extensions.Options;

namespace AspirasiEtam.Modules.PublicInformation.Features.RegisterFeeds;

/// <summary>
/// The register for machines: an Atom feed of the latest published entries (all, or one agency's, or one category's)
/// and a sitemap of every published entry's stable page. Both read published entries only.
/// </summary>
internal sealed record GetRegisterFeed(string? Agency, string? Category) : IRequest<string>;

internal sealed class GetRegisterFeedValidator : AbstractValidator<GetRegisterFeed>
{
    public GetRegisterFeedValidator()
    {
        RuleFor(r => r.Agency).MaximumLength(40);
        RuleFor(r => r.Category).Must(c => string.IsNullOrEmpty(c) || RegisterCodes.ParseCategory(c) is not null)
            .WithMessage("Kategori: berkala, serta-merta atau setiap-saat. / Category is berkala, serta-merta or setiap-saat.");
    }
}

internal sealed class GetRegisterFeedHandler(RegisterSearch search, IOptions<PortalOptions> portal) : IRequestHandler<GetRegisterFeed, string>
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public async Task<string> Handle(GetRegisterFeed request, CancellationToken cancellationToken)
    {
        var filter = new RegisterFilter(request.Agency?.Trim().ToUpperInvariant() is { Length: > 0 } a ? a : null, RegisterCodes.ParseCategory(request.Category), null);
        var rows = await search.BrowseAsync(filter, null, 50, cancellationToken);
        var self = portal.Value.Link("/ppid/atom.xml" + (filter.Agency is null && filter.Category is null ? string.Empty
            : "?" + string.Join('&', new[] { filter.Agency is null ? null : $"agency={filter.Agency}", filter.Category is null ? null : $"category={filter.Category.Value.Code()}" }.OfType<string>())));
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), new XmlWriterSettings { Indent = true, Async = false }))
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "id");
            xml.WriteElementString("title", Atom, "Daftar Informasi Publik Provinsi Kalimantan Timur" + (filter.Agency is null ? string.Empty : $" — {filter.Agency}"));
            xml.WriteElementString("id", Atom, self);
            xml.WriteElementString("updated", Atom, Stamp(rows.Count == 0 ? DateTime.UnixEpoch : rows.Max(r => r.UpdatedAt)));
            Link(xml, "self", self);
            Link(xml, "alternate", portal.Value.Link(filter.Agency is null ? "/ppid" : $"/ppid/{filter.Agency}"));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "PPID Provinsi Kalimantan Timur");
            xml.WriteEndElement();
            foreach (var row in rows)
            {
                var page = portal.Value.Link($"/ppid/informasi/{row.EntryId}");
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, row.Title);
                xml.WriteElementString("id", Atom, page);
                xml.WriteElementString("published", Atom, Stamp(row.PublishedAt));
                xml.WriteElementString("updated", Atom, Stamp(row.UpdatedAt));
                Link(xml, "alternate", page);
                xml.WriteStartElement("author", Atom);
                xml.WriteElementString("name", Atom, row.AgencyName);
                xml.WriteEndElement();
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", Enum.TryParse<InformationCategory>(row.Category, out var c) ? c.Code() : row.Category);
                xml.WriteEndElement();
                xml.WriteElementString("summary", Atom, $"{row.Number} · {row.Summary}");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>Every published entry's page and the register's pages, for search engines (at most 50,000 URLs, the protocol's limit).</summary>
internal sealed record GetRegisterSitemap : IRequest<string>;

internal sealed class GetRegisterSitemapHandler(PublicInformationDbContext context, IOptions<PortalOptions> portal) : IRequestHandler<GetRegisterSitemap, string>
{
    private const string Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public async Task<string> Handle(GetRegisterSitemap request, CancellationToken cancellationToken)
    {
        var entries = await context.PublicEntries.AsNoTracking().OrderByDescending(p => p.UpdatedAt).Take(49_000)
            .Select(p => new { p.EntryId, p.UpdatedAt }).ToListAsync(cancellationToken);
        var agencies = await context.PublicEntries.AsNoTracking().Select(p => p.AgencyCode).Distinct().ToListAsync(cancellationToken);
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("urlset", Sitemap);
            void Url(string path, DateTime? modified)
            {
                xml.WriteStartElement("url", Sitemap);
                xml.WriteElementString("loc", Sitemap, portal.Value.Link(path));
                if (modified is { } m)
                {
                    xml.WriteElementString("lastmod", Sitemap, m.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            Url("/ppid", null);
            Url("/ppid/dikecualikan", null);
            foreach (var code in agencies.Order(StringComparer.Ordinal))
            {
                Url($"/ppid/{code}", null);
            }

            foreach (var entry in entries)
            {
                Url($"/ppid/informasi/{entry.EntryId}", entry.UpdatedAt);
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }
}

internal static class RegisterFeedsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/ppid/atom.xml", async Task<ContentHttpResult> (string? agency, string? category, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Text(await mediator.Send(new GetRegisterFeed(agency, category), cancellationToken), "application/atom+xml; charset=utf-8"))
            .AllowAnonymous()
            .WithTags("Public information (PPID)")
            .WithName("RegisterAtomFeed")
            .WithSummary("Atom feed of the latest published register entries (optionally one agency's or one category's)")
            .ProducesValidationProblem();

        endpoints.MapGet("/sitemap.xml", async Task<ContentHttpResult> (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Text(await mediator.Send(new GetRegisterSitemap(), cancellationToken), "application/xml; charset=utf-8"))
            .AllowAnonymous()
            .WithTags("Public information (PPID)")
            .WithName("Sitemap")
            .WithSummary("Sitemap of the register's public pages");
    }
}
