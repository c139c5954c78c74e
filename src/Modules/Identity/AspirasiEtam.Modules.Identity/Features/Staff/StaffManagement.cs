using AspirasiEtam.Modules.Identity.Accounts;
using AspirasiEtam.Modules.Identity.Contracts;
using AspirasiEtam.Modules.Identity.Domain;
using AspirasiEtam.Modules.Identity.Persistence;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Domain;
using AspirasiEtam.Shared.Messaging;
using AspirasiEtam.Shared.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Modules.Identity.Features.Staff;

/// <summary>A staff account as administrators see it.</summary>
internal sealed record StaffResponse(
    Guid Id,
    string Email,
    string FullName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<AgencyScope> Agencies,
    bool ProvinceWide,
    bool IsActive,
    bool TwoFactorEnabled,
    bool EmailConfirmed);

internal sealed record AgencyScope(Guid Id, string Code, string Name);

/// <summary>Creates a staff account and emails an invitation to choose a password. Staff never register themselves.</summary>
internal sealed record CreateStaff(string? Email, string? FullName, IReadOnlyList<string>? Roles, IReadOnlyList<Guid>? AgencyIds, bool ProvinceWide)
    : IRequest<StaffResponse>;

/// <summary>Changes a staff member's name, roles and agency scope.</summary>
internal sealed record UpdateStaffAccess(Guid Id, string? FullName, IReadOnlyList<string>? Roles, IReadOnlyList<Guid>? AgencyIds, bool ProvinceWide)
    : IRequest<StaffResponse>;

internal sealed record DeactivateStaff(Guid Id) : IRequest<StaffResponse>;

internal sealed record ReactivateStaff(Guid Id) : IRequest<StaffResponse>;

internal sealed record GetStaff(Guid Id) : IRequest<StaffResponse>;

internal sealed record ListStaff(string? Search, string? Role, Guid? AgencyId, bool? Active, int Page = 1, int PageSize = PagingRules.DefaultPageSize)
    : IRequest<PagedResult<StaffResponse>>;

internal sealed class CreateStaffValidator : AbstractValidator<CreateStaff>
{
    public CreateStaffValidator()
    {
        RuleFor(r => r.Email).NotEmpty().WithMessage("Email wajib diisi. / Email is required.").MaximumLength(254)
            .EmailAddress().WithMessage("Alamat email tidak sah. / Email address is not valid.");
        RuleFor(r => r.FullName).NotEmpty().WithMessage("Nama wajib diisi. / Name is required.").MaximumLength(150);
        RuleFor(r => r.Roles).NotEmpty().WithMessage("Pilih sedikitnya satu peran. / Choose at least one role.");
    }
}

internal sealed class UpdateStaffAccessValidator : AbstractValidator<UpdateStaffAccess>
{
    public UpdateStaffAccessValidator()
    {
        RuleFor(r => r.FullName).NotEmpty().WithMessage("Nama wajib diisi. / Name is required.").MaximumLength(150);
        RuleFor(r => r.Roles).NotEmpty().WithMessage("Pilih sedikitnya satu peran. / Choose at least one role.");
    }
}

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

internal sealed class StaffHandlers(
    UserManager<PortalUser> users,
    IdentityModuleDbContext context,
    ICurrentUser currentUser,
    AccountMails mails,
    SecurityAudit audit,
    TimeProvider clock)
    : IRequestHandler<CreateStaff, StaffResponse>,
      IRequestHandler<UpdateStaffAccess, StaffResponse>,
      IRequestHandler<DeactivateStaff, StaffResponse>,
      IRequestHandler<ReactivateStaff, StaffResponse>,
      IRequestHandler<GetStaff, StaffResponse>,
      IRequestHandler<ListStaff, PagedResult<StaffResponse>>
{
    public async Task<StaffResponse> Handle(CreateStaff request, CancellationToken cancellationToken)
    {
        var access = StaffAccess.Check(ActorRoles(), [], request.Roles ?? [], request.AgencyIds ?? [], request.ProvinceWide);
        await EnsureAgenciesExistAsync(access.Agencies, cancellationToken);
        var now = clock.GetUtcNow();
        var email = request.Email!.Trim();
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            FullName = request.FullName!.Trim(),
            IsStaff = true,
            ProvinceWide = access.ProvinceWide,
            CreatedAt = now.UtcDateTime,
        };

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        (await users.CreateAsync(user)).ThrowIfFailed();
        (await users.AddToRolesAsync(user, access.Roles)).ThrowIfFailed();
        context.StaffAgencyScopes.AddRange(access.Agencies.Select(a => new StaffAgencyScope(user.Id, a)));
        audit.Record(SecurityEventKind.StaffCreated, user.Id, user.Email, Describe(access.Roles, access.Agencies, access.ProvinceWide));
        context.Publish(new StaffAccessChanged(user.Id, user.FullName, user.Email!, access.Roles, access.Agencies, access.ProvinceWide, true, now));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await mails.SendStaffInvitationAsync(user, cancellationToken);
        return await ResponseAsync(user, cancellationToken);
    }

    public async Task<StaffResponse> Handle(UpdateStaffAccess request, CancellationToken cancellationToken)
    {
        var user = await FindStaffAsync(request.Id);
        var currentRoles = await users.GetRolesAsync(user);
        var access = StaffAccess.Check(ActorRoles(), [.. currentRoles], request.Roles ?? [], request.AgencyIds ?? [], request.ProvinceWide);
        await EnsureAgenciesExistAsync(access.Agencies, cancellationToken);
        var currentAgencies = await context.StaffAgencyScopes.Where(s => s.UserId == user.Id).ToListAsync(cancellationToken);

        var scopeChanged = !currentAgencies.Select(s => s.AgencyId).ToHashSet().SetEquals(access.Agencies) || user.ProvinceWide != access.ProvinceWide;

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        user.FullName = request.FullName!.Trim();
        user.ProvinceWide = access.ProvinceWide;
        var rolesChanged = !currentRoles.ToHashSet().SetEquals(access.Roles);
        if (rolesChanged)
        {
            (await users.RemoveFromRolesAsync(user, currentRoles.Except(access.Roles))).ThrowIfFailed();
            (await users.AddToRolesAsync(user, access.Roles.Except(currentRoles))).ThrowIfFailed();
            audit.Record(SecurityEventKind.RolesChanged, user.Id, user.Email, $"{string.Join(",", currentRoles)} -> {string.Join(",", access.Roles)}");
        }

        if (scopeChanged)
        {
            context.StaffAgencyScopes.RemoveRange(currentAgencies.Where(s => !access.Agencies.Contains(s.AgencyId)));
            context.StaffAgencyScopes.AddRange(access.Agencies.Where(a => currentAgencies.All(s => s.AgencyId != a)).Select(a => new StaffAgencyScope(user.Id, a)));
            audit.Record(SecurityEventKind.ScopeChanged, user.Id, user.Email, Describe(access.Roles, access.Agencies, access.ProvinceWide));
        }

        // A new security stamp makes existing sign-ins pick up the change (cookies within a minute; refresh tokens at once).
        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
        context.Publish(new StaffAccessChanged(user.Id, user.FullName, user.Email!, access.Roles, access.Agencies, access.ProvinceWide, user.IsActive, clock.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await ResponseAsync(user, cancellationToken);
    }

    public Task<StaffResponse> Handle(DeactivateStaff request, CancellationToken cancellationToken) => SetActiveAsync(request.Id, false, cancellationToken);

    public Task<StaffResponse> Handle(ReactivateStaff request, CancellationToken cancellationToken) => SetActiveAsync(request.Id, true, cancellationToken);

    public async Task<StaffResponse> Handle(GetStaff request, CancellationToken cancellationToken) =>
        await ResponseAsync(await FindStaffAsync(request.Id), cancellationToken);

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
            items.Add(await ResponseAsync(user, cancellationToken));
        }

        return new PagedResult<StaffResponse>(items, request.Page, request.PageSize, total);
    }

    private async Task<StaffResponse> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var user = await FindStaffAsync(id);
        var roles = await users.GetRolesAsync(user);
        if (roles.Contains(Roles.SuperAdmin) && !currentUser.IsInRole(Roles.SuperAdmin))
        {
            throw new ForbiddenException("Only a super admin may deactivate or reactivate a super admin. / Hanya super admin yang dapat menonaktifkan super admin.");
        }

        if (user.Id == currentUser.UserId)
        {
            throw new ConflictException("You cannot deactivate your own account. / Anda tidak dapat menonaktifkan akun sendiri.");
        }

        if (user.IsActive == active)
        {
            throw new ConflictException(active ? "The account is already active. / Akun sudah aktif." : "The account is already inactive. / Akun sudah nonaktif.");
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        user.IsActive = active;
        (await users.SetLockoutEnabledAsync(user, true)).ThrowIfFailed();
        (await users.SetLockoutEndDateAsync(user, active ? null : DateTimeOffset.MaxValue)).ThrowIfFailed();
        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
        audit.Record(active ? SecurityEventKind.StaffReactivated : SecurityEventKind.StaffDeactivated, user.Id, user.Email);
        var agencies = await context.StaffAgencyScopes.Where(s => s.UserId == user.Id).Select(s => s.AgencyId).ToListAsync(cancellationToken);
        context.Publish(new StaffAccessChanged(user.Id, user.FullName, user.Email!, [.. roles], agencies, user.ProvinceWide, active, clock.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await ResponseAsync(user, cancellationToken);
    }

    private IReadOnlyCollection<string> ActorRoles() => Roles.Staff.Where(currentUser.IsInRole).ToList();

    private async Task<PortalUser> FindStaffAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) is { IsStaff: true } user
            ? user
            : throw new NotFoundException($"No staff account has id {id}. / Akun staf dengan id {id} tidak ditemukan.");

    private async Task EnsureAgenciesExistAsync(IReadOnlyCollection<Guid> agencyIds, CancellationToken cancellationToken)
    {
        var known = await context.KnownAgencies.Where(a => agencyIds.Contains(a.Id) && a.IsActive).CountAsync(cancellationToken);
        if (known != agencyIds.Count)
        {
            throw new InvalidFieldException("agencyIds", "Satu atau lebih OPD tidak dikenal atau nonaktif. / One or more agencies are unknown or inactive.");
        }
    }

    private async Task<StaffResponse> ResponseAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var agencies = await context.StaffAgencyScopes.Where(s => s.UserId == user.Id)
            .Join(context.KnownAgencies, s => s.AgencyId, a => a.Id, (s, a) => new AgencyScope(a.Id, a.Code, a.Name))
            .ToListAsync(cancellationToken);
        return new StaffResponse(user.Id, user.Email!, user.FullName, [.. await users.GetRolesAsync(user)], agencies, user.ProvinceWide, user.IsActive, user.TwoFactorEnabled, user.EmailConfirmed);
    }

    private static string Describe(IEnumerable<string> roles, IEnumerable<Guid> agencies, bool provinceWide) =>
        $"roles: {string.Join(",", roles)}; agencies: {string.Join(",", agencies)}{(provinceWide ? "; province-wide" : string.Empty)}";
}
