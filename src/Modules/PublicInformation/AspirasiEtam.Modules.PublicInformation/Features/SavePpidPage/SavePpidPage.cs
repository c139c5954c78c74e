using System.Text.Json.Serialization;

namespace AspirasiEtam.Modules.PublicInformation.Features.SavePpidPage;

/// <summary>
/// An agency's PPID writes one of its pages in Markdown: the draft is saved (and previewed as the public would see it);
/// with <see cref="Publish"/> the draft, rendered and sanitized, becomes what the public reads.
/// </summary>
[Authorize(Policy = Policies.AgencyWork)]
internal sealed record SavePpidPage(string? Markdown, bool Publish) : IRequest<PpidPageView>
{
    [JsonIgnore]
    public Guid AgencyId { get; init; }

    [JsonIgnore]
    public string Slug { get; init; } = string.Empty;
}

/// <summary>A page as its agency's staff see it: the draft, its preview, and what is published.</summary>
internal sealed record PpidPageView(string Slug, string Markdown, string PreviewHtml, string? PublishedHtml, DateTime? UpdatedAt, DateTime? PublishedAt);

internal sealed class SavePpidPageValidator : AbstractValidator<SavePpidPage>
{
    public SavePpidPageValidator()
    {
        RuleFor(r => r.Slug).Must(PpidPageKinds.Exists).WithMessage("Halaman tidak dikenal. / Unknown page.");
        RuleFor(r => r.Markdown).NotNull().WithMessage("Tulis isi halaman. / Write the page.")
            .MaximumLength(PageMarkdown.MaxLength).WithMessage($"Paling banyak {PageMarkdown.MaxLength:N0} karakter. / At most {PageMarkdown.MaxLength:N0} characters.");
    }
}

internal sealed class SavePpidPageHandler(PublicInformationDbContext context, StaffEntries staff) : IRequestHandler<SavePpidPage, PpidPageView>
{
    public async Task<PpidPageView> Handle(SavePpidPage request, CancellationToken cancellationToken)
    {
        staff.EnsureMayChange(request.AgencyId);
        await context.FindAgencyAsync(request.AgencyId, cancellationToken);
        var page = await context.Pages.FindAsync([request.AgencyId, request.Slug], cancellationToken);
        if (page is null)
        {
            page = PpidPage.Create(request.AgencyId, request.Slug);
            context.Pages.Add(page);
        }

        var now = staff.Now;
        page.SaveDraft(request.Markdown!, now);
        if (request.Publish)
        {
            page.Publish(PageMarkdown.ToSafeHtml(page.DraftMarkdown), now);
        }

        await context.SaveChangesAsync(cancellationToken);
        return new PpidPageView(page.Slug, page.DraftMarkdown, PageMarkdown.ToSafeHtml(page.DraftMarkdown), page.PublishedHtml, page.UpdatedAt, page.PublishedAt);
    }
}

internal static class SavePpidPageEndpoint
{
    public static void Map(IEndpointRouteBuilder agencyWork) =>
        agencyWork.MapPut("/{slug}", async Task<Ok<PpidPageView>> (Guid agencyId, string slug, SavePpidPage request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request with { AgencyId = agencyId, Slug = slug }, cancellationToken)))
            .WithName("SavePpidPage")
            .WithSummary("Save (and with publish=true publish) one of an agency PPID's pages, in Markdown")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
