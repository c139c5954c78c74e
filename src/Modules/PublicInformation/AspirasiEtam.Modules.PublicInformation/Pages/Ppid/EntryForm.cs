using AspirasiEtam.Modules.PublicInformation.Features.DraftEntry;
using AspirasiEtam.Modules.PublicInformation.Features.UpdateEntry;

namespace AspirasiEtam.Modules.PublicInformation.Pages.Ppid;

/// <summary>The register columns as the officers' form posts them (tags and links one per line or comma-separated).</summary>
internal sealed class EntryForm
{
    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Category { get; set; } = RegisterCodes.CategoryCodes.First();

    public string? HoldingUnit { get; set; }

    public string? PersonResponsible { get; set; }

    public string? MadeWhen { get; set; }

    public string? MadeWhere { get; set; }

    public string? Form { get; set; } = RegisterCodes.FormCodes.First();

    public string? RetentionPeriod { get; set; }

    public int? Year { get; set; }

    public string? Tags { get; set; }

    public string? Links { get; set; }

    public string? Checklist { get; set; }

    /// <summary>The berkala checklist to choose from (not posted: the page loads it).</summary>
    public IReadOnlyList<Features.SaveChecklistItem.ChecklistItemView> ChecklistOptions { get; set; } = [];

    public static EntryForm From(StaffEntryView e) => new()
    {
        Title = e.Title, Summary = e.Summary, Category = e.Category, HoldingUnit = e.HoldingUnit, PersonResponsible = e.PersonResponsible,
        MadeWhen = e.MadeWhen, MadeWhere = e.MadeWhere, Form = e.Form, RetentionPeriod = e.RetentionPeriod, Year = e.Year,
        Tags = string.Join(", ", e.Tags), Links = string.Join('\n', e.Links), Checklist = e.Checklist,
    };

    public DraftEntry ToDraft(Guid agencyId) => new()
    {
        AgencyId = agencyId, Title = Title, Summary = Summary, Category = Category, HoldingUnit = HoldingUnit, PersonResponsible = PersonResponsible,
        MadeWhen = MadeWhen, MadeWhere = MadeWhere, Form = Form, RetentionPeriod = RetentionPeriod, Year = Year, Tags = Split(Tags, ','), Links = Split(Links, '\n'), Checklist = Checklist,
    };

    public UpdateEntry ToUpdate(Guid id) => new()
    {
        Id = id, Title = Title, Summary = Summary, Category = Category, HoldingUnit = HoldingUnit, PersonResponsible = PersonResponsible,
        MadeWhen = MadeWhen, MadeWhere = MadeWhere, Form = Form, RetentionPeriod = RetentionPeriod, Year = Year, Tags = Split(Tags, ','), Links = Split(Links, '\n'), Checklist = Checklist,
    };

    private static string[] Split(string? text, char separator) =>
        [.. (text ?? string.Empty).Split([separator, '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
