using System.Globalization;
using System.Text.Json;
using AspirasiEtam.Shared.Domain;
using AspirasiEtam.Shared.Persistence;
using AspirasiEtam.Shared.Storage;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Shared.Web;

/// <summary>
/// Turns the exceptions that mean "your request" into RFC 9457 ProblemDetails (400 with field errors, 404, 409), and
/// a write the disk refused into 503 with Retry-After (reported to <see cref="StorageHealth"/>, which logs the outage
/// once); anything else is left to the default handler, which answers 500 without a stack trace outside Development.
/// Pages get the site's error page with the same status instead (<see cref="StatusCodeFor"/>).
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, StorageHealth storage, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (StorageFaults.IsStorageFault(exception))
        {
            storage.RequestFailed(exception);
        }

        var problem = ProblemFor(exception);
        if (problem is null)
        {
            return false;
        }

        logger.LogInformation("Request answered with {Status}: {Exception}", problem.Status, exception.GetType().Name);
        if (!httpContext.Request.IsApi())
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = StorageFaults.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>The status this handler gives <paramref name="exception"/>, or null (a 500): the pages' error page answers with it.</summary>
    public static int? StatusCodeFor(Exception exception) => ProblemFor(exception)?.Status;

    private static ProblemDetails? ProblemFor(Exception exception) =>
        exception switch
        {
            ValidationException validation => ValidationProblem(validation.Errors
                .GroupBy(e => CamelCase(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
            BadHttpRequestException { InnerException: JsonException json } => ValidationProblem(new Dictionary<string, string[]>
            {
                [string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.')] =
                    ["The request body is not valid JSON, or a value has the wrong type. / Isi permintaan bukan JSON yang sah atau tipe nilainya salah."],
            }),
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request is too large." : "The request is not valid.",
                Detail = bad.Message,
            },
            InvalidFieldException invalid => ValidationProblem(new Dictionary<string, string[]> { [invalid.Field] = [invalid.Message] }),
            ForbiddenException forbidden => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden.", Detail = forbidden.Message },
            NotFoundException notFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = notFound.Message },
            ConflictException conflict => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = conflict.Message },
            _ when SaveConflicts.IsConflict(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Conflict.",
                Detail = SaveConflicts.ConflictMessage,
            },
            _ when StorageFaults.IsStorageFault(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Layanan sedang tidak tersedia. / Service unavailable.",
                Detail = "Penyimpanan server sedang tidak dapat ditulis; coba lagi nanti. / The server's storage cannot be written right now; try again later.",
            },
            _ => null,
        };

    private static HttpValidationProblemDetails ValidationProblem(IDictionary<string, string[]> errors) =>
        new(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are not valid.",
        };

    private static string CamelCase(string name) =>
        string.Join('.', name.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
