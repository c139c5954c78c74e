using AspirasiEtam.Modules.Aspirations.Features.ListCategories;
using AspirasiEtam.Modules.Aspirations.Features.SubmitAspiration;
using AspirasiEtam.Shared.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

[AllowAnonymous]
[RequestSizeLimit(32 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 32 * 1024 * 1024)]
internal sealed class SubmitModel(IMediator mediator, ICurrentUser currentUser, HeldUploads heldUploads, IValidator<SubmitAspiration> validator) : PageModel
{
    public bool IsStaff => Roles.Staff.Any(currentUser.IsInRole);

    [BindProperty]
    public SubmitForm Form { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public IReadOnlyList<CategoryResponse> Categories { get; private set; } = [];

    /// <summary>Files received with an earlier, refused send of this form, kept for the next one.</summary>
    public IReadOnlyList<HeldUpload> HeldFiles { get; private set; } = [];

    public SubmitAspirationResult? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Categories = await mediator.Send(new ListCategories(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Categories = await mediator.Send(new ListCategories(), cancellationToken);

        // Every file is looked at and every rule checked, so one send shows everything to fix; the files that passed
        // are held for the next send.
        var received = await heldUploads.ReceiveAsync(Form.SubmissionKey, Form.Held, Files, Submission.MaxAttachments, UploadPolicy.Evidence, cancellationToken);
        foreach (var error in received.Errors)
        {
            ModelState.AddModelError(nameof(Files), error);
        }

        var request = new SubmitAspiration
        {
            Attachments = received.Content,
            Kind = Form.Kind,
            Title = Form.Title,
            Description = Form.Description,
            CategoryCode = Form.CategoryCode,
            Regency = Form.Regency,
            LocationText = Form.LocationText,
            EventDate = Form.EventDate,
            Anonymous = Form.Anonymous,
            Confidential = Form.Confidential,
            ShareContact = Form.ShareContact,
            Name = Form.Name,
            Email = Form.Email,
            Phone = Form.Phone,
            Channel = string.IsNullOrEmpty(Form.Channel) ? null : Form.Channel,
            IdempotencyKey = string.IsNullOrEmpty(Form.SubmissionKey) ? null : Form.SubmissionKey,
        };
        var checks = await validator.ValidateAsync(request, cancellationToken);
        PageErrors.TryAdd(ModelState, new ValidationException(checks.Errors), nameof(Form));
        if (SubmitAspirationHandler.MissingGuestEmail(currentUser, request) is { } missingEmail)
        {
            PageErrors.TryAdd(ModelState, missingEmail, nameof(Form));
        }

        if (ModelState.IsValid)
        {
            try
            {
                Result = await mediator.Send(request, cancellationToken);
                await heldUploads.ReleaseAsync(Form.SubmissionKey, received.Kept);
                return Page();
            }
            catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex, nameof(Form)))
            {
            }
        }

        HeldFiles = await heldUploads.HoldAsync(Form.SubmissionKey, received, cancellationToken);
        return Page();
    }
}

internal sealed class SubmitForm
{
    public string Kind { get; set; } = "Aspiration";

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? CategoryCode { get; set; }

    public string? Regency { get; set; }

    public string? LocationText { get; set; }

    public DateOnly? EventDate { get; set; }

    /// <summary>Confidential unless the reporter chooses otherwise: the safe default. A browser posts nothing for an unticked box.</summary>
    public bool Confidential { get; set; } = true;

    public bool Anonymous { get; set; }

    public bool ShareContact { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>Staff entering a report on a citizen's behalf record how it reached them.</summary>
    public string? Channel { get; set; }

    /// <summary>A key made when the form is shown: sending the same form twice (a retry, a double click) stores one report.</summary>
    public string SubmissionKey { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The held files (<see cref="HeldUploads"/>) the sender kept ticked.</summary>
    public List<string> Held { get; set; } = [];
}
