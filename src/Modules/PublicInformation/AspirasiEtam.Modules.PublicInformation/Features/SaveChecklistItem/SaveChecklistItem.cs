using System.Text.Json.Serialization;

namespace AspirasiEtam.Modules.PublicInformation.Features.SaveChecklistItem;

/// <summary>PPID Utama keeps the berkala checklist: adds an item, renames or reorders it, or retires it (inactive).</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record SaveChecklistItem(int? Order, string? TitleId, string? TitleEn, bool IsActive = true) : IRequest<ChecklistItemView>
{
    [JsonIgnore]
    public string Code { get; init; } = string.Empty;
}

internal sealed record ChecklistItemView(string Code, int Order, string TitleId, string TitleEn, bool IsActive);

internal sealed class SaveChecklistItemValidator : AbstractValidator<SaveChecklistItem>
{
    public SaveChecklistItemValidator()
    {
        RuleFor(r => r.Code).Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("Kode berupa huruf kecil, angka dan tanda hubung. / A code is lower-case letters, digits and hyphens.").MaximumLength(40);
        RuleFor(r => r.Order).NotNull().InclusiveBetween(1, 999);
        RuleFor(r => r.TitleId).NotEmpty().MaximumLength(300);
        RuleFor(r => r.TitleEn).NotEmpty().MaximumLength(300);
    }
}

internal sealed class SaveChecklistItemHandler(PublicInformationDbContext context, TimeProvider clock) : IRequestHandler<SaveChecklistItem, ChecklistItemView>
{
    public async Task<ChecklistItemView> Handle(SaveChecklistItem request, CancellationToken cancellationToken)
    {
        var item = await context.ChecklistItems.FindAsync([request.Code], cancellationToken);
        if (item is null)
        {
            item = ChecklistItem.Create(request.Code, request.Order!.Value, request.TitleId!.Trim(), request.TitleEn!.Trim());
            context.ChecklistItems.Add(item);
        }

        item.Change(request.Order!.Value, request.TitleId!.Trim(), request.TitleEn!.Trim(), request.IsActive);
        context.Publish(await ChecklistEvents.ChangedAsync(context, clock, cancellationToken));
        await context.SaveChangesAsync(cancellationToken);
        return new ChecklistItemView(item.Code, item.Order, item.TitleId, item.TitleEn, item.IsActive);
    }
}

internal static class SaveChecklistItemEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPut("/checklist/{code}", async Task<Ok<ChecklistItemView>> (string code, SaveChecklistItem request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(request with { Code = code }, cancellationToken)))
            .WithName("SaveChecklistItem")
            .WithSummary("Add or change an item of the berkala checklist (PPID Utama)")
            .ProducesValidationProblem();
}
