namespace AspirasiEtam.Modules.PublicInformation.Features;

/// <summary>The register columns an officer writes, as sent by the API and the officers' form.</summary>
internal abstract record EntryFields
{
    public string? Title { get; init; }

    public string? Summary { get; init; }

    /// <summary>berkala, serta-merta or setiap-saat.</summary>
    public string? Category { get; init; }

    public string? HoldingUnit { get; init; }

    public string? PersonResponsible { get; init; }

    public string? MadeWhen { get; init; }

    public string? MadeWhere { get; init; }

    /// <summary>softcopy, hardcopy or softcopy-hardcopy.</summary>
    public string? Form { get; init; }

    public string? RetentionPeriod { get; init; }

    public int? Year { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyList<string>? Links { get; init; }

    /// <summary>For berkala entries: the checklist item the entry answers for (e.g. performance), which keeps the agency's scorecard.</summary>
    public string? Checklist { get; init; }

    public EntryDetails ToDetails() => new(
        Title!, Summary!, RegisterCodes.ParseCategory(Category)!.Value, HoldingUnit!, PersonResponsible!, Blank(MadeWhen), Blank(MadeWhere),
        RegisterCodes.ParseForm(Form)!.Value, RetentionPeriod!, Year!.Value, Tags ?? [], Links ?? [], Blank(Checklist));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

/// <summary>One set of rules for the register columns, for drafting and updating alike.</summary>
internal abstract class EntryFieldsValidator<T> : AbstractValidator<T>
    where T : EntryFields
{
    protected EntryFieldsValidator()
    {
        RuleFor(r => r.Title).NotEmpty().WithMessage("Judul wajib diisi. / The title is required.").MaximumLength(EntryLimits.Title);
        RuleFor(r => r.Summary).NotEmpty().WithMessage("Ringkasan isi wajib diisi. / The summary of content is required.").MaximumLength(EntryLimits.Summary);
        RuleFor(r => r.Category).Must(c => RegisterCodes.ParseCategory(c) is not null)
            .WithMessage("Pilih kategori: berkala, serta-merta atau setiap-saat. / Choose a category: berkala, serta-merta or setiap-saat.");
        RuleFor(r => r.HoldingUnit).NotEmpty().WithMessage("Unit penguasa informasi wajib diisi. / The holding unit is required.").MaximumLength(EntryLimits.Unit);
        RuleFor(r => r.PersonResponsible).NotEmpty().WithMessage("Penanggung jawab wajib diisi. / The person responsible is required.").MaximumLength(EntryLimits.Person);
        RuleFor(r => r.MadeWhen).MaximumLength(EntryLimits.MadeWhen);
        RuleFor(r => r.MadeWhere).MaximumLength(EntryLimits.MadeWhere);
        RuleFor(r => r.Form).Must(f => RegisterCodes.ParseForm(f) is not null)
            .WithMessage("Pilih bentuk: softcopy, hardcopy atau softcopy-hardcopy. / Choose a form: softcopy, hardcopy or softcopy-hardcopy.");
        RuleFor(r => r.RetentionPeriod).NotEmpty().WithMessage("Jangka waktu penyimpanan wajib diisi. / The retention period is required.").MaximumLength(EntryLimits.Retention);
        RuleFor(r => r.Year).NotNull().WithMessage("Tahun wajib diisi. / The year is required.")
            .InclusiveBetween(1945, 2100).WithMessage("Tahun antara 1945 dan 2100. / The year is between 1945 and 2100.");
        RuleFor(r => r.Tags).Must(t => t is null || t.Count <= EntryLimits.Tags)
            .WithMessage($"Paling banyak {EntryLimits.Tags} kata kunci. / At most {EntryLimits.Tags} tags.");
        RuleForEach(r => r.Tags).NotEmpty().MaximumLength(EntryLimits.Tag);
        RuleFor(r => r.Links).Must(l => l is null || l.Count <= EntryLimits.Links)
            .WithMessage($"Paling banyak {EntryLimits.Links} tautan. / At most {EntryLimits.Links} links.");
        RuleFor(r => r.Checklist).MaximumLength(40);
        RuleForEach(r => r.Links).MaximumLength(EntryLimits.Link)
            .Must(l => Uri.TryCreate(l, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .WithMessage("Tautan harus alamat http(s) lengkap. / A link must be a full http(s) address.");
    }
}
