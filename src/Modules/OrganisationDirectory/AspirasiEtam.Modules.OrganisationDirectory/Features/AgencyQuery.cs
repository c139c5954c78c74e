using AspirasiEtam.Shared.Persistence;

namespace AspirasiEtam.Modules.OrganisationDirectory.Features;

/// <summary>What the admin list and the public list of agencies are filtered and paged by.</summary>
internal interface IAgencyQuery
{
    string? Search { get; }

    string? Kind { get; }

    int Page { get; }

    int PageSize { get; }
}

internal abstract class AgencyQueryValidator<T> : AbstractValidator<T>
    where T : IAgencyQuery
{
    protected AgencyQueryValidator()
    {
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.Kind).Must(k => AgencyKinds.TryParse(k, out _)).When(q => !string.IsNullOrEmpty(q.Kind))
            .WithMessage($"Jenis harus salah satu dari / Kind must be one of: {string.Join(", ", AgencyKinds.Names)}.");
        RuleFor(q => q.Page).IsPageNumber();
        RuleFor(q => q.PageSize).IsPageSize();
    }
}

internal static class AgencyQueries
{
    /// <summary>One page of the agencies matching the query (and the active flag, when given), with the total.</summary>
    public static async Task<PagedResult<TResult>> PageAsync<TResult>(
        this DirectoryDbContext context, IAgencyQuery query, bool? active, Func<Agency, TResult> map, CancellationToken cancellationToken)
    {
        AgencyKind? kind = AgencyKinds.TryParse(query.Kind, out var k) ? k : null;
        var search = new AgencySearch(query.Search, kind, active, query.Page, query.PageSize);
        var total = await context.Agencies.WithCriteriaOf(search).CountAsync(cancellationToken);
        var agencies = await context.Agencies.WithSpecification(search).ToListAsync(cancellationToken);
        return new PagedResult<TResult>(agencies.Select(map).ToList(), query.Page, query.PageSize, total);
    }
}
