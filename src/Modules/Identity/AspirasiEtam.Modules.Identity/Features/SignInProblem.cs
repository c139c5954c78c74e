namespace AspirasiEtam.Modules.Identity.Features;

/// <summary>A refused token request: a problem with a machine-readable reason, so an API client knows what to do next.</summary>
internal static class SignInProblem
{
    public static IResult Of(int status, string reason, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: status == StatusCodes.Status403Forbidden ? "Forbidden." : "Unauthorized.",
            extensions: new Dictionary<string, object?> { ["reason"] = reason });
}
