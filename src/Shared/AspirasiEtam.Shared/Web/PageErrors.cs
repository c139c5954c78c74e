using AspirasiEtam.Shared.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AspirasiEtam.Shared.Web;

/// <summary>Puts the errors a request raised beside the form fields they concern (the UI twin of ApiExceptionHandler).</summary>
public static class PageErrors
{
    /// <summary>Returns false when the exception is not one a user can fix (let it propagate).</summary>
    public static bool TryAdd(ModelStateDictionary modelState, Exception exception, string? prefix = null)
    {
        switch (exception)
        {
            case ValidationException validation:
                foreach (var error in validation.Errors)
                {
                    modelState.AddModelError(Key(prefix, error.PropertyName), error.ErrorMessage);
                }

                return true;
            case InvalidFieldException invalid:
                modelState.AddModelError(Key(prefix, invalid.Field), invalid.Message);
                return true;
            case ConflictException or ForbiddenException or NotFoundException:
                modelState.AddModelError(string.Empty, exception.Message);
                return true;
            default:
                return false;
        }
    }

    private static string Key(string? prefix, string field)
    {
        var name = field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
        return prefix is null ? name : $"{prefix}.{name}";
    }
}
