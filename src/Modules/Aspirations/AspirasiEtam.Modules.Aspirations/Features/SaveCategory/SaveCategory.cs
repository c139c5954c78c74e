using System.Text.Json.Serialization;

namespace AspirasiEtam.Modules.Aspirations.Features.SaveCategory;

/// <summary>
/// PPID Utama adds a report category or changes one: its names in both languages, and whether new reports may be
/// filed under it (a retired category stays on the reports filed under it). The code is permanent: agencies name
/// the categories they handle by it, which is how a report's agency is suggested.
/// </summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record SaveCategory : IRequest<CategoryAdminResponse>
{
    [JsonIgnore]
    public string? Code { get; init; }

    public string? NameId { get; init; }

    public string? NameEn { get; init; }

    public bool Active { get; init; } = true;
}

internal sealed record CategoryAdminResponse(string Code, string NameId, string NameEn, bool Active)
{
    public static CategoryAdminResponse From(Category c) => new(c.Code, c.NameId, c.NameEn, c.IsActive);
}

internal sealed class SaveCategoryValidator : AbstractValidator<SaveCategory>
{
    public SaveCategoryValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithMessage("Kode wajib diisi. / A code is required.")
            .MaximumLength(60).Matches("^[a-z0-9]+(-[a-z0-9]+)*$")
            .WithMessage("Kode berupa huruf kecil, angka dan tanda hubung (mis. \"lingkungan-hidup\"). / A code is lower-case letters, digits and hyphens (e.g. \"lingkungan-hidup\").");
        RuleFor(c => c.NameId).NotEmpty().WithMessage("Nama Indonesia wajib diisi. / The Indonesian name is required.").MaximumLength(120);
        RuleFor(c => c.NameEn).NotEmpty().WithMessage("Nama Inggris wajib diisi. / The English name is required.").MaximumLength(120);
    }
}

internal sealed class SaveCategoryHandler(AspirationsDbContext context) : IRequestHandler<SaveCategory, CategoryAdminResponse>
{
    public async Task<CategoryAdminResponse> Handle(SaveCategory request, CancellationToken cancellationToken)
    {
        var nameId = request.NameId!.Trim();
        var nameEn = request.NameEn!.Trim();
        if (await context.Categories.FirstOrDefaultAsync(c => c.Code == request.Code, cancellationToken) is { } category)
        {
            category.Change(nameId, nameEn, request.Active);
        }
        else
        {
            category = new Category(request.Code!, nameId, nameEn);
            category.Change(nameId, nameEn, request.Active);
            context.Categories.Add(category);
        }

        await context.SaveChangesAsync(cancellationToken);
        return CategoryAdminResponse.From(category);
    }
}

/// <summary>Every category, retired ones too, for those who keep them.</summary>
[Authorize(Policy = Policies.Admin)]
internal sealed record ListAllCategories : IRequest<IReadOnlyList<CategoryAdminResponse>>;

internal sealed class ListAllCategoriesHandler(AspirationsDbContext context) : IRequestHandler<ListAllCategories, IReadOnlyList<CategoryAdminResponse>>
{
    public async Task<IReadOnlyList<CategoryAdminResponse>> Handle(ListAllCategories request, CancellationToken cancellationToken) =>
        await context.Categories.AsNoTracking().OrderByDescending(c => c.IsActive).ThenBy(c => c.NameId)
            .Select(c => new CategoryAdminResponse(c.Code, c.NameId, c.NameEn, c.IsActive)).ToListAsync(cancellationToken);
}

internal static class SaveCategoryEndpoint
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapGet("/categories", async Task<Ok<IReadOnlyList<CategoryAdminResponse>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAllCategories(), ct)))
            .WithName("ListAllCategories").WithSummary("Every report category, retired ones too");
        admin.MapPut("/categories/{code}", async Task<Ok<CategoryAdminResponse>> (string code, SaveCategory request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request with { Code = code }, ct)))
            .WithName("SaveCategory").WithSummary("Add a report category or change its names or whether new reports may use it")
            .ProducesValidationProblem();
    }
}
