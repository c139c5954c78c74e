using FluentValidation;

namespace AspirasiEtam.Shared.Web;

/// <summary>The paging limits every list endpoint shares.</summary>
public static class PagingRules
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static IRuleBuilderOptions<T, int> IsPageNumber<T>(this IRuleBuilder<T, int> rule) =>
        rule.GreaterThanOrEqualTo(1).WithMessage("Halaman dimulai dari 1. / Page starts at 1.");

    public static IRuleBuilderOptions<T, int> IsPageSize<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaxPageSize).WithMessage($"Ukuran halaman 1 sampai {MaxPageSize}. / Page size must be 1 to {MaxPageSize}.");
}
