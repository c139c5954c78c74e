using AspirasiEtam.Modules.Aspirations.Domain;
using AspirasiEtam.Modules.Aspirations.Persistence;
using AspirasiEtam.Shared.Contracts;
using AspirasiEtam.Shared.Domain;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace AspirasiEtam.Modules.Aspirations.Features.Templates;

/// <summary>An agency's response templates; only its own staff (and PPID Utama) see and change them.</summary>
internal sealed record ListResponseTemplates(Guid AgencyId) : IRequest<IReadOnlyList<ResponseTemplateResponse>>;

internal sealed record CreateResponseTemplate(Guid AgencyId, string? Title, string? Body) : IRequest<ResponseTemplateResponse>;

internal sealed record DeleteResponseTemplate(Guid AgencyId, Guid TemplateId) : IRequest<Unit>;

internal sealed record ResponseTemplateResponse(Guid Id, Guid AgencyId, string Title, string Body);

internal sealed class CreateResponseTemplateValidator : AbstractValidator<CreateResponseTemplate>
{
    public CreateResponseTemplateValidator()
    {
        RuleFor(t => t.Title).NotEmpty().WithMessage("Judul templat wajib diisi. / A title is required.").MaximumLength(150);
        RuleFor(t => t.Body).NotEmpty().WithMessage("Isi templat wajib diisi. / The text is required.").MaximumLength(SubmissionLimits.Description);
    }
}

internal sealed class ResponseTemplateHandlers(AspirationsDbContext context, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ListResponseTemplates, IReadOnlyList<ResponseTemplateResponse>>,
      IRequestHandler<CreateResponseTemplate, ResponseTemplateResponse>,
      IRequestHandler<DeleteResponseTemplate, Unit>
{
    public async Task<IReadOnlyList<ResponseTemplateResponse>> Handle(ListResponseTemplates request, CancellationToken cancellationToken)
    {
        EnsureScope(request.AgencyId);
        return await context.ResponseTemplates.AsNoTracking().Where(t => t.AgencyId == request.AgencyId).OrderBy(t => t.Title)
            .Select(t => new ResponseTemplateResponse(t.Id, t.AgencyId, t.Title, t.Body)).ToListAsync(cancellationToken);
    }

    public async Task<ResponseTemplateResponse> Handle(CreateResponseTemplate request, CancellationToken cancellationToken)
    {
        EnsureScope(request.AgencyId);
        var template = new ResponseTemplate(request.AgencyId, request.Title!, request.Body!, clock.GetUtcNow().UtcDateTime);
        context.ResponseTemplates.Add(template);
        await context.SaveChangesAsync(cancellationToken);
        return new ResponseTemplateResponse(template.Id, template.AgencyId, template.Title, template.Body);
    }

    public async Task<Unit> Handle(DeleteResponseTemplate request, CancellationToken cancellationToken)
    {
        EnsureScope(request.AgencyId);
        var template = await context.ResponseTemplates.FirstOrDefaultAsync(t => t.Id == request.TemplateId && t.AgencyId == request.AgencyId, cancellationToken)
            ?? throw new NotFoundException("No such template. / Templat tidak ditemukan.");
        context.ResponseTemplates.Remove(template);
        await context.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private void EnsureScope(Guid agencyId)
    {
        if (!currentUser.CanActFor(agencyId))
        {
            throw new NotFoundException($"No agency {agencyId} in your scope. / OPD {agencyId} tidak ada dalam cakupan Anda.");
        }
    }
}
