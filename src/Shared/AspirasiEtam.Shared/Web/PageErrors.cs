using AspirasiEtam.Shared.Domain;
using AspirasiEtam.Shared.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AspirasiEtam.Shared.Web;

/// <summary>Puts the errors a request raised beside the form fields they concern (the UI twin of ApiExceptionHandler).</summary>
public static class PageErrors
{
    /// <summary>
    /// Returns false when the exception is not one a user can fix (let it propagate). A <see cref="ForbiddenException"/>
    /// propagates too: <see cref="ForbiddenPages"/> answers it as the page's authorization would (403 or access denied).
    /// </summary>
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
            case ConflictException or NotFoundException:
                modelState.AddModelError(string.Empty, exception.Message);
                return true;
            case not null when SaveConflicts.IsConflict(exception):
                modelState.AddModelError(string.Empty, SaveConflicts.ConflictMessage);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// An irreversible or far-reaching step asks for a ticked "I am sure" box (a form field named <c>Confirmed</c>);
    /// unticked, the step is refused with this field error, in the reader's language, saying what the tick means.
    /// </summary>
    public static void RequireConfirmed(bool confirmed, string indonesian, string english)
    {
        if (!confirmed)
        {
            throw new InvalidFieldException("Confirmed", Bilingual.T(indonesian, english));
        }
    }

    private static string Key(string? prefix, string field)
    {
        var name = field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
        return prefix is null ? name : $"{prefix}.{name}";
    }
}

/// <summary>
/// A page handler whose request was refused (<see cref="ForbiddenException"/>) is answered like a page the user may
/// not open: forbidden (the access-denied page for cookie sign-ins), never a form re-shown with a message.
/// </summary>
public sealed class ForbiddenPages : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is ForbiddenException && !executed.ExceptionHandled)
        {
            executed.Result = new ForbidResult();
            executed.ExceptionHandled = true;
        }
    }
}
