using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Features.ListStaff;

/// <summary>Staff accounts by name, filtered by text (name or email), role, agency and active flag.</summary>
internal sealed record ListStaff(string? Search, string? Role, Guid? AgencyId, bool? Active, int Page = 1, int PageSize = PagingRules.DefaultPageSize)
    : IRequest<PagedResult<StaffResponse>>;

internal sealed class ListStaffValidator : AbstractValidator<ListStaff>
{
    public ListStaffValidator()
    {
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.Role).Must(r => Roles.Staff.Contains(r!)).When(q => !string.IsNullOrEmpty(q.Role))
            .WithMessage($"Peran harus salah satu dari / Role must be one of: {string.Join(", ", Roles.Staff)}.");
        RuleFor(q => q.Page).IsPageNumber();
        RuleFor(q => q.PageSize).IsPageSize();
    }
}

internal sealed class ListStaffHandler(UserManager<PortalUser> users, IdentityModuleDbContext context) : IRequestHandler<ListStaff, PagedResult<StaffResponse>>
{
    public async Task<PagedResult<StaffResponse>> Handle(ListStaff request, CancellationToken cancellationToken)
    {
        var query = context.Users.AsNoTracking().Where(u => u.IsStaff);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var text = request.Search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(text) || u.FullName.ToUpper().Contains(text));
        }

        if (request.Active is { } active)
        {
            query = query.Where(u => u.IsActive == active);
        }

        if (request.AgencyId is { } agencyId)
        {
            query = query.Where(u => context.StaffAgencyScopes.Any(s => s.UserId == u.Id && s.AgencyId == agencyId));
        }

        if (!string.IsNullOrEmpty(request.Role))
        {
            var normalized = request.Role.ToUpperInvariant();
            query = query.Where(u => context.UserRoles.Any(ur => ur.UserId == u.Id
                && context.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized)));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(u => u.FullName).ThenBy(u => u.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        var items = new List<StaffResponse>();
        foreach (var user in page)
        {
            items.Add(await StaffResponse.OfAsync(user, users, context, cancellationToken));
        }

        return new PagedResult<StaffResponse>(items, request.Page, request.PageSize, total);
    }
}

internal static class ListStaffEndpoint
{
    public static void Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/", async Task<Ok<PagedResult<StaffResponse>>> ([AsParameters] ListStaff query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListStaff").WithSummary("Staff accounts, filtered by text, role, agency and active flag").ProducesValidationProblem();
}
