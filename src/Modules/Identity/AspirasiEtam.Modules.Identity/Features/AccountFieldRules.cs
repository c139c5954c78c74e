namespace AspirasiEtam.Modules.Identity.Features;

/// <summary>Rules for the fields the account forms share, so a name, an email or a set of roles is judged alike wherever it is typed.</summary>
internal static class AccountFieldRules
{
    public static IRuleBuilderOptions<T, string?> IsFullName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Nama wajib diisi. / Name is required.").MaximumLength(150);

    public static IRuleBuilderOptions<T, string?> IsAccountEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Email wajib diisi. / Email is required.").MaximumLength(254)
            .EmailAddress().WithMessage("Alamat email tidak sah. / Email address is not valid.");

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> HasARole<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.NotEmpty().WithMessage("Pilih sedikitnya satu peran. / Choose at least one role.");
}
