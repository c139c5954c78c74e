namespace AspirasiEtam.Modules.OrganisationDirectory.Features;

/// <summary>Rules for the fields shared by registration and update; messages are Indonesian first, English second.</summary>
internal abstract class AgencyFieldsValidator<T> : AbstractValidator<T>
    where T : AgencyFields
{
    protected AgencyFieldsValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Nama wajib diisi. / Name is required.")
            .MaximumLength(AgencyLimits.Name);
        RuleFor(f => f.ShortName).NotEmpty().WithMessage("Nama singkat wajib diisi. / Short name is required.")
            .MaximumLength(AgencyLimits.ShortName);
        RuleFor(f => f.Kind).Must(k => AgencyKinds.TryParse(k, out _))
            .WithMessage($"Jenis harus salah satu dari / Kind must be one of: {string.Join(", ", AgencyKinds.Names)}.");
        RuleFor(f => f.Address).MaximumLength(AgencyLimits.Address);
        RuleFor(f => f.Phone).MaximumLength(AgencyLimits.Phone)
            .Matches(@"^[0-9+()\-\s]*$").WithMessage("Nomor telepon hanya boleh berisi angka, spasi, +, -, ( ). / Phone may contain digits, spaces, +, -, ( ) only.");
        RuleFor(f => f.Email).MaximumLength(AgencyLimits.Email)
            .EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email))
            .WithMessage("Alamat email tidak sah. / Email address is not valid.");
        RuleFor(f => f.Website).MaximumLength(AgencyLimits.Website)
            .Must(w => Uri.TryCreate(w, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .When(f => !string.IsNullOrWhiteSpace(f.Website))
            .WithMessage("Situs web harus alamat http(s) lengkap. / Website must be a full http(s) address.");
        RuleFor(f => f.Categories).Must(c => c is null || c.Count <= AgencyLimits.Categories)
            .WithMessage($"Paling banyak {AgencyLimits.Categories} kategori. / At most {AgencyLimits.Categories} categories.");
        RuleForEach(f => f.Categories)
            .Matches("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$").WithMessage("Kategori berupa huruf, angka dan tanda hubung, tanpa spasi (mis. \"lingkungan-hidup\"). / A category is letters, digits and hyphens, no spaces (e.g. \"lingkungan-hidup\").")
            .MaximumLength(AgencyLimits.Category);
    }
}
