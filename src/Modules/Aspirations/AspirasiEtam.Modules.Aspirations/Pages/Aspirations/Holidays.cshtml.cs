using AspirasiEtam.Modules.Aspirations.Features.AddHoliday;
using AspirasiEtam.Modules.Aspirations.Features.ConfirmHolidayYear;
using AspirasiEtam.Modules.Aspirations.Features.GetHolidayCalendar;
using AspirasiEtam.Modules.Aspirations.Features.ImportHolidayYear;
using AspirasiEtam.Modules.Aspirations.Features.RemoveHoliday;
using AspirasiEtam.Shared.Files;
using AspirasiEtam.Shared.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AspirasiEtam.Modules.Aspirations.Pages.Aspirations;

/// <summary>
/// The working-day calendar for the people who keep it (PPID Utama): a year's holidays and collective leave, the
/// warning until the coming 60 days are confirmed, and the four steps of the API — add a day, remove one, load the
/// year's decree list (CSV) and confirm the year against the decree.
/// </summary>
[Authorize(Policy = Policies.Admin)]
internal sealed class HolidaysModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public HolidayForm Form { get; set; } = new();

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public IFormFile? ListFile { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    [TempData]
    public string? Message { get; set; }

    public HolidayCalendarResponse Calendar { get; private set; } = new([], [], null, null);

    public int ShownYear => Year ?? LocalTime.Today(clock.GetUtcNow()).Year;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) => RunAsync(
        async () =>
        {
            var added = await mediator.Send(new AddHoliday(Form.Date, Form.Kind, Form.NameId, Form.NameEn), cancellationToken);
            return Bilingual.T($"{added.Date:yyyy-MM-dd} ditambahkan; tenggat yang berjalan dihitung ulang.", $"{added.Date:yyyy-MM-dd} added; running deadlines were counted again.");
        },
        nameof(Form),
        cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken) => RunAsync(
        async () =>
        {
            await mediator.Send(new RemoveHoliday(Date ?? default), cancellationToken);
            return Bilingual.T($"{Date:yyyy-MM-dd} dihapus dari kalender.", $"{Date:yyyy-MM-dd} removed from the calendar.");
        },
        null,
        cancellationToken);

    public Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken) => RunAsync(
        async () =>
        {
            var file = await FormUploads.ReadAsync(ListFile, UploadPolicy.PublicDocuments, nameof(ListFile), cancellationToken)
                ?? throw new InvalidFieldException(nameof(ListFile), Bilingual.Both("Pilih berkas CSV daftar libur tahun itu.", "Choose the year's holiday list as a CSV file."));
            HolidayYearResponse imported;
            try
            {
                imported = await mediator.Send(new ImportHolidayYear(ShownYear, file), cancellationToken);
            }
            catch (InvalidFieldException ex) when (ex.Field == "file")
            {
                // The API names its file part "file"; here it is this form's field.
                throw new InvalidFieldException(nameof(ListFile), ex.Message);
            }

            return Bilingual.T(
                $"{imported.Holidays.Count} hari libur {imported.Year} dimuat. Periksa terhadap SKB, lalu konfirmasi tahun itu.",
                $"{imported.Holidays.Count} holidays of {imported.Year} loaded. Check them against the decree, then confirm the year.");
        },
        null,
        cancellationToken);

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken) => RunAsync(
        async () =>
        {
            PageErrors.RequireConfirmed(Confirmed, "Centang bahwa daftar ini sudah dicocokkan dengan SKB tahun itu.", "Tick that this list was checked against the year's decree.");

            var confirmed = await mediator.Send(new ConfirmHolidayYear(ShownYear), cancellationToken);
            return Bilingual.T($"Kalender {confirmed.Year} dikonfirmasi ({confirmed.Days} hari).", $"The {confirmed.Year} calendar is confirmed ({confirmed.Days} days).");
        },
        null,
        cancellationToken);

    private async Task<IActionResult> RunAsync(Func<Task<string>> step, string? prefix, CancellationToken cancellationToken)
    {
        try
        {
            Message = await step();
            return RedirectToPage(new { year = ShownYear });
        }
        catch (Exception ex) when (PageErrors.TryAdd(ModelState, ex, prefix))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Calendar = await mediator.Send(new GetHolidayCalendar(ShownYear), cancellationToken);
}

internal sealed class HolidayForm
{
    public DateOnly? Date { get; set; }

    public string? Kind { get; set; } = "national";

    public string? NameId { get; set; }

    public string? NameEn { get; set; }
}
