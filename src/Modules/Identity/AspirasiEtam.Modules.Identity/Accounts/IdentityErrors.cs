using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace AspirasiEtam.Modules.Identity.Accounts;

/// <summary>Turns ASP.NET Core Identity's error codes into field errors (400) or conflicts (409).</summary>
internal static class IdentityErrors
{
    /// <summary>
    /// What a link or code that does not work gets, whether the account it names exists or not: a different
    /// answer for an unknown account would tell anyone which addresses have one.
    /// </summary>
    public const string InvalidLink = "Tautan atau kode tidak sah atau sudah kedaluwarsa. / The link or code is invalid or has expired.";

    public static void ThrowIfFailed(this IdentityResult result, string passwordField = "password")
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.IsDuplicateAccount())
        {
            throw new ConflictException("An account with this email already exists. / Email ini sudah terdaftar.");
        }

        throw new ValidationException(result.Errors.Select(e => new ValidationFailure(FieldOf(e.Code, passwordField), Describe(e))));
    }

    /// <summary>The email (which is also the user name) has an account already.</summary>
    public static bool IsDuplicateAccount(this IdentityResult result) =>
        result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName));

    private static string FieldOf(string code, string passwordField) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        "InvalidEmail" or "InvalidUserName" => "email",
        "InvalidToken" => "code",
        _ => "account",
    };

    private static string Describe(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => "Kata sandi terlalu pendek. / " + error.Description,
        "PasswordRequiresDigit" => "Kata sandi harus memuat angka. / " + error.Description,
        "PasswordRequiresLower" => "Kata sandi harus memuat huruf kecil. / " + error.Description,
        "PasswordRequiresUpper" => "Kata sandi harus memuat huruf besar. / " + error.Description,
        "PasswordRequiresUniqueChars" => "Kata sandi perlu lebih banyak karakter berbeda. / " + error.Description,
        "InvalidToken" => InvalidLink,
        _ => error.Description,
    };
}
