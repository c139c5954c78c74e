using AspirasiEtam.Shared.Files;
using AspirasiEtam.Modules.PublicInformation.Features.OpenDocument;

namespace AspirasiEtam.Modules.PublicInformation.Features.OpenRequestFile;

/// <summary>A document released to the applicant, opened through the private link while it works.</summary>
internal sealed record OpenReleasedDocument(string? Token, Guid DocumentId) : IRequest<DocumentContent>;

/// <summary>The released documents behind a private link (names and sizes), for the download page.</summary>
internal sealed record ListReleasedDocuments(string? Token) : IRequest<ReleasedDocuments>;

internal sealed record ReleasedDocuments(string Number, DateTime ExpiresAt, IReadOnlyList<RequestDocumentView> Documents);

/// <summary>A document prepared for a request, for staff in scope.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record OpenRequestDocument(Guid Id, Guid DocumentId) : IRequest<DocumentContent>;

/// <summary>The scan of the applicant's identity card or deed: PPID Utama and the handling officers only (<see cref="StaffRequests.MaySeeIdentityProof"/>).</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed record OpenIdentityScan(Guid Id) : IRequest<DocumentContent>;

/// <summary>The applicant asks for a new private link (the old one stops working); answers the token once.</summary>
internal sealed record RenewDocumentLink(string? Number, string? Code) : IRequest<RenewedLink>;

internal sealed record RenewedLink(string Url, DateTime ExpiresAt);

internal sealed class OpenReleasedDocumentHandler(PublicInformationDbContext context, IFileStorage storage, TimeProvider clock)
    : IRequestHandler<OpenReleasedDocument, DocumentContent>
{
    public async Task<DocumentContent> Handle(OpenReleasedDocument request, CancellationToken cancellationToken)
    {
        var r = await RequestFiles.ByTokenAsync(context, request.Token, clock, cancellationToken);
        return await RequestFiles.OpenAsync(storage, r.Documents.FirstOrDefault(d => d.Id == request.DocumentId), r.DecidedAt!.Value, cancellationToken);
    }
}

internal sealed class ListReleasedDocumentsHandler(PublicInformationDbContext context, TimeProvider clock) : IRequestHandler<ListReleasedDocuments, ReleasedDocuments>
{
    public async Task<ReleasedDocuments> Handle(ListReleasedDocuments request, CancellationToken cancellationToken)
    {
        var r = await RequestFiles.ByTokenAsync(context, request.Token, clock, cancellationToken);
        return new ReleasedDocuments(r.Number, r.DocumentLinkExpiresAt!.Value, [.. r.Documents.Select(d => new RequestDocumentView(d.Id, d.FileName, d.ContentType, d.Size))]);
    }
}

internal sealed class OpenRequestDocumentHandler(StaffRequests staff, IFileStorage storage) : IRequestHandler<OpenRequestDocument, DocumentContent>
{
    public async Task<DocumentContent> Handle(OpenRequestDocument request, CancellationToken cancellationToken)
    {
        var r = await staff.FindToReadAsync(request.Id, cancellationToken);
        return await RequestFiles.OpenAsync(storage, r.Documents.FirstOrDefault(d => d.Id == request.DocumentId), r.ReceivedAt, cancellationToken);
    }
}

internal sealed class OpenIdentityScanHandler(StaffRequests staff, IFileStorage storage) : IRequestHandler<OpenIdentityScan, DocumentContent>
{
    public async Task<DocumentContent> Handle(OpenIdentityScan request, CancellationToken cancellationToken)
    {
        var r = await staff.FindToReadAsync(request.Id, cancellationToken);
        if (!staff.MaySeeIdentityProof(r) || r.Applicant.ScanKey is not { } key)
        {
            throw new NotFoundException("No identity scan you may open. / Tidak ada pindaian identitas yang dapat Anda buka.");
        }

        var content = await storage.OpenReadAsync(key, cancellationToken)
            ?? throw new NotFoundException("The file is missing from storage. / Berkas tidak ditemukan di penyimpanan.");
        return new DocumentContent(content, r.Applicant.ScanContentType!, $"identitas-{r.Number.Replace('/', '-')}{Path.GetExtension(key)}", r.ReceivedAt);
    }
}

internal sealed class RenewDocumentLinkHandler(PublicInformationDbContext context, TimeProvider clock, RequestMails mails, ICurrentUser currentUser) : IRequestHandler<RenewDocumentLink, RenewedLink>
{
    public async Task<RenewedLink> Handle(RenewDocumentLink request, CancellationToken cancellationToken)
    {
        var r = await context.Requests.FindByNumberAndCodeAsync(request.Number, request.Code, currentUser, cancellationToken);
        var token = r.IssueDocumentLink(clock.GetUtcNow().UtcDateTime);
        mails.DocumentLink(r, token);
        await context.SaveChangesAsync(cancellationToken);
        return new RenewedLink("/ppid/permohonan/dokumen/" + token, r.DocumentLinkExpiresAt!.Value);
    }
}

/// <summary>What the file use cases of requests share: the request behind a private link, a stored file opened.</summary>
internal static class RequestFiles
{
    public static async Task<InformationRequest> ByTokenAsync(PublicInformationDbContext context, string? token, TimeProvider clock, CancellationToken cancellationToken)
    {
        var hash = string.IsNullOrWhiteSpace(token) || token.Length > 100 ? null : InformationRequest.HashCode(token);
        var r = hash is null ? null : await context.Requests.AsNoTracking().FirstOrDefaultAsync(x => x.DocumentLinkHash == hash, cancellationToken);
        return r is not null && r.DocumentsReleased && r.OpensWith(token, clock.GetUtcNow().UtcDateTime)
            ? r
            : throw new NotFoundException("The link is unknown or has expired: ask for a new one on the status page. / Tautan tidak dikenal atau kedaluwarsa: minta tautan baru di halaman status.");
    }

    public static async Task<DocumentContent> OpenAsync(IFileStorage storage, RequestDocument? document, DateTime at, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            throw new NotFoundException("No such document. / Dokumen tidak ditemukan.");
        }

        var content = await storage.OpenReadAsync(document.StorageKey, cancellationToken)
            ?? throw new NotFoundException("The file is missing from storage. / Berkas tidak ditemukan di penyimpanan.");
        return new DocumentContent(content, document.ContentType, document.FileName, at);
    }
}

internal static class OpenRequestFileEndpoint
{
    public static void MapPublic(IEndpointRouteBuilder open)
    {
        open.MapGet("/requests/documents/{token}", async Task<Ok<ReleasedDocuments>> (string token, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListReleasedDocuments(token), ct)))
            .WithName("ListReleasedDocuments").WithSummary("The documents released to an applicant, behind its private link")
            .RequireRateLimiting(RateLimitPolicies.TrackingCode).ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/requests/documents/{token}/{documentId:guid}", async Task<FileStreamHttpResult> (string token, Guid documentId, IMediator mediator, CancellationToken ct) =>
                OpenDocumentEndpoint.Download(await mediator.Send(new OpenReleasedDocument(token, documentId), ct)))
            .WithName("DownloadReleasedDocument").WithSummary("A document released to an applicant, through its private link")
            .RequireRateLimiting(RateLimitPolicies.TrackingCode).ProducesProblem(StatusCodes.Status404NotFound);
        open.MapPost("/requests/document-link", async Task<Ok<RenewedLink>> (RenewDocumentLink request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("RenewDocumentLink").WithSummary("A new private link to the released documents (number and secret code)")
            .RequireRateLimiting(RateLimitPolicies.TrackingCode).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static void MapStaff(IEndpointRouteBuilder staff)
    {
        staff.MapGet("/{id:guid}/documents/{documentId:guid}", async Task<FileStreamHttpResult> (Guid id, Guid documentId, IMediator mediator, CancellationToken ct) =>
                OpenDocumentEndpoint.Download(await mediator.Send(new OpenRequestDocument(id, documentId), ct)))
            .WithName("DownloadRequestDocument").WithSummary("A document prepared for a request in the caller's scope")
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/{id:guid}/identity-scan", async Task<FileStreamHttpResult> (Guid id, IMediator mediator, CancellationToken ct) =>
                OpenDocumentEndpoint.Download(await mediator.Send(new OpenIdentityScan(id), ct)))
            .WithName("DownloadIdentityScan").WithSummary("The applicant's identity scan: PPID Utama and the handling officers only")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
