using AspirasiEtam.Modules.PublicInformation.Features.SearchRegister;

namespace AspirasiEtam.Modules.PublicInformation.Features.SuggestPublishedInformation;

/// <summary>
/// Before a request is sent: the published register entries that match the words of the information wanted (any of
/// its significant words, best matches first). Many requests ask for what is already published; the applicant can stop
/// there.
/// </summary>
internal sealed record SuggestPublishedInformation(string? Text) : IRequest<IReadOnlyList<RegisterHit>>;

internal sealed class SuggestPublishedInformationHandler(IMediator mediator) : IRequestHandler<SuggestPublishedInformation, IReadOnlyList<RegisterHit>>
{
    public const int Suggestions = 5;

    /// <summary>Words too common in requests to tell one from another.</summary>
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "yang", "dan", "atau", "untuk", "dengan", "dalam", "dari", "pada", "tentang", "mengenai", "terkait", "tahun", "data", "informasi", "mohon",
        "meminta", "minta", "saya", "kami", "salinan", "dokumen", "berupa", "serta", "oleh", "tersebut", "adalah", "akan", "sudah", "belum",
    };

    public async Task<IReadOnlyList<RegisterHit>> Handle(SuggestPublishedInformation request, CancellationToken cancellationToken)
    {
        var words = SearchWords.Of(string.Join(' ', (request.Text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !Common.Contains(w)).Take(40)));
        if (words.Count == 0)
        {
            return [];
        }

        var page = await mediator.Send(
            new SearchRegister.SearchRegister(string.Join(' ', words), null, null, null, null, Suggestions) { WithFacets = false, AnyWord = true }, cancellationToken);
        return page.Items;
    }
}

internal static class SuggestPublishedInformationEndpoint
{
    public static void Map(IEndpointRouteBuilder open) =>
        open.MapGet("/requests/suggestions", async Task<Ok<IReadOnlyList<RegisterHit>>> (string? text, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new SuggestPublishedInformation(text?.Length > 4000 ? text[..4000] : text), cancellationToken)))
            .WithName("SuggestPublishedInformation")
            .WithSummary("Published register entries matching the words of a request about to be sent (?text=)");
}
