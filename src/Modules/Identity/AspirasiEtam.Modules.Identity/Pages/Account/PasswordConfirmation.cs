using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AspirasiEtam.Modules.Identity.Pages.Account;

/// <summary>
/// The forms that set a password ask for it twice, to catch a typo nobody could sign in with. The API takes the
/// password once (its client does its own checking), so the rule lives with the pages, not the requests.
/// </summary>
internal static class PasswordConfirmation
{
    /// <summary>False, with the error beside the confirmation field, when the two entries differ.</summary>
    public static bool Matches(ModelStateDictionary modelState, string? password, string? confirmPassword)
    {
        if (password == confirmPassword)
        {
            return true;
        }

        modelState.AddModelError("ConfirmPassword", Bilingual.T("Kata sandi tidak sama.", "The passwords do not match."));
        return false;
    }
}
