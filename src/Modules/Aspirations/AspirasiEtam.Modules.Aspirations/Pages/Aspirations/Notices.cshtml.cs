using AspirasiEtam.Modules.Aspirations.Features.ChooseNoticeDelivery;
using AspirasiEtam.Modules.Aspirations.Features.ListStaffNotices;
using AspirasiEtam.Modules.Aspirations.Features.MarkNoticesRead;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>A staff member's notices (the badge in the navigation counts the unread ones) and their email choice.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class NoticesModel(IMediator mediator) : PageModel
{
    public StaffNoticeList Notices { get; private set; } = new(0, nameof(NoticeDelivery.Immediate), []);

    [BindProperty]
    public string? Delivery { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Notices = await mediator.Send(new ListStaffNotices(), cancellationToken);

    public async Task<IActionResult> OnPostReadAsync(CancellationToken cancellationToken)
    {
        var marked = await mediator.Send(new MarkNoticesRead(null), cancellationToken);
        Message = Bilingual.T($"{marked} pemberitahuan ditandai sudah dibaca.", $"{marked} notices marked read.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeliveryAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new ChooseNoticeDelivery(Delivery), cancellationToken);
            Message = Bilingual.T("Pilihan email disimpan.", "Email choice saved.");
            return RedirectToPage();
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex))
        {
            Notices = await mediator.Send(new ListStaffNotices(), cancellationToken);
            return Page();
        }
    }
}
