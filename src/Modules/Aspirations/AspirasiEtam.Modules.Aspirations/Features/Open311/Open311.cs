using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using SubmitAspirationRequest = AspirasiEtam.Modules.Aspirations.Features.SubmitAspiration.SubmitAspiration;

namespace AspirasiEtam.Modules.Aspirations.Features.Open311;

/// <summary>
/// Open311 GeoReport v2 (JSON) for other civic apps: categories as services, submissions as service requests.
/// Requests are shown without any reporter field and without coordinates (a home can be found from them);
/// only the regency stands in for the address. Confidential submissions are never listed.
/// </summary>
internal static class Open311Endpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var open311 = endpoints.MapGroup("/open311/v2").AllowAnonymous().WithTags("Open311 GeoReport v2");

        open311.MapGet("/services.json", async (AspirationsDbContext context, CancellationToken ct) =>
                Results.Json((await context.Categories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.NameId).ToListAsync(ct))
                    .Select(c => new Service(c.Code, c.NameId, $"{c.NameId} / {c.NameEn}", false, "realtime", c.Code, "aspirasi"))))
            .WithName("Open311Services").WithSummary("Service list: the categories of aspirations");

        open311.MapPost("/requests.json", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                var form = ServiceRequestForm.From(await ServiceRequestForm.ReadAsync(http, ct));
                var description = form.Description?.Trim() ?? string.Empty;
                var name = string.Join(' ', new[] { form.FirstName, form.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
                var result = await mediator.Send(new SubmitAspirationRequest
                {
                    Kind = nameof(SubmissionKind.Complaint),
                    Title = description.Length <= SubmissionLimits.Title ? description : description[..(SubmissionLimits.Title - 1)] + "…",
                    Description = description,
                    CategoryCode = form.ServiceCode,
                    LocationText = form.AddressString,
                    Latitude = form.Lat,
                    Longitude = form.Long,
                    Confidential = true,
                    Name = string.IsNullOrEmpty(name) ? null : name,
                    Email = form.Email,
                    Phone = form.Phone,
                }, ct);
                return Results.Json(new[]
                {
                    new ServiceRequestCreated(null, $"Kode pelacakan / tracking code: {result.TrackingCode}. Konfirmasi email Anda. / Confirm your email.", result.TrackingCode),
                });
            })
            .DisableAntiforgery()
            .WithName("Open311CreateRequest").WithSummary("Create a service request (form-encoded, as GeoReport v2 says); the reporter confirms by email")
            .ProducesValidationProblem();

        open311.MapGet("/requests.json", async ([AsParameters] ServiceRequestQuery query, AspirationsDbContext context, CancellationToken ct) =>
                Results.Json(await ListAsync(context, query, null, ct)))
            .WithName("Open311Requests").WithSummary("Public service requests, newest first (up to 1000; start_date/end_date, status open|closed, service_code)");

        open311.MapGet("/requests/{id:guid}.json", async (Guid id, AspirationsDbContext context, CancellationToken ct) =>
            {
                var found = await ListAsync(context, new ServiceRequestQuery(null, null, null, null, null), id, ct);
                return found.Count == 0 ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: "No public service request has this id.") : Results.Json(found);
            })
            .WithName("Open311Request").WithSummary("One public service request").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IReadOnlyList<ServiceRequest>> ListAsync(AspirationsDbContext context, ServiceRequestQuery query, Guid? id, CancellationToken ct)
    {
        var submissions = context.Submissions.AsNoTracking().Public();
        if (id is { } one)
        {
            submissions = submissions.Where(s => s.Id == one);
        }

        if (!string.IsNullOrEmpty(query.ServiceRequestId))
        {
            var ids = query.ServiceRequestId.Split(',').Select(v => Guid.TryParse(v.Trim(), out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
            submissions = submissions.Where(s => ids.Contains(s.Id));
        }

        if (!string.IsNullOrEmpty(query.ServiceCode))
        {
            submissions = submissions.Where(s => s.CategoryCode == query.ServiceCode);
        }

        if (query.StartDate is { } start)
        {
            var from = start.UtcDateTime;
            submissions = submissions.Where(s => s.SubmittedAt >= from);
        }

        if (query.EndDate is { } end)
        {
            var to = end.UtcDateTime;
            submissions = submissions.Where(s => s.SubmittedAt <= to);
        }

        if (query.Status == "open")
        {
            submissions = submissions.Where(s => s.Status != SubmissionStatus.Closed);
        }
        else if (query.Status == "closed")
        {
            submissions = submissions.Where(s => s.Status == SubmissionStatus.Closed);
        }

        // Projected in SQL: the latest public note and the last change come as columns, not whole timelines.
        var rows = await submissions.OrderByDescending(s => s.SubmittedAt).ThenByDescending(s => s.Id).Take(1000)
            .Select(s => new
            {
                s.Id,
                s.Status,
                Note = s.Timeline.Where(t => !t.IsInternal).OrderByDescending(t => t.Sequence).Select(t => t.Note == null ? t.Text : t.Text + " " + t.Note).FirstOrDefault(),
                s.CategoryCode,
                Description = s.PublicDescription ?? s.Description,
                s.AgencyId,
                s.SubmittedAt,
                UpdatedAt = s.Timeline.Max(t => (DateTime?)t.At),
                s.Regency,
            })
            .ToListAsync(ct);
        var agencies = await context.DispatchAgencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var categories = await context.Categories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.NameId, ct);
        return rows.Select(s => new ServiceRequest(
            s.Id,
            s.Status == SubmissionStatus.Closed ? "closed" : "open",
            s.Note,
            categories.GetValueOrDefault(s.CategoryCode, s.CategoryCode),
            s.CategoryCode,
            s.Description,
            s.AgencyId is { } a ? agencies.GetValueOrDefault(a) : null,
            s.SubmittedAt,
            s.UpdatedAt ?? s.SubmittedAt,
            s.Regency)).ToList();
    }
}

internal sealed record Service(
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("service_name")] string ServiceName,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("metadata")] bool Metadata,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("keywords")] string Keywords,
    [property: JsonPropertyName("group")] string Group);

internal sealed record ServiceRequestCreated(
    [property: JsonPropertyName("service_request_id")] string? ServiceRequestId,
    [property: JsonPropertyName("service_notice")] string ServiceNotice,
    [property: JsonPropertyName("token")] string Token);

internal sealed record ServiceRequest(
    [property: JsonPropertyName("service_request_id")] Guid ServiceRequestId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("status_notes")] string? StatusNotes,
    [property: JsonPropertyName("service_name")] string ServiceName,
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("agency_responsible")] string? AgencyResponsible,
    [property: JsonPropertyName("requested_datetime")] DateTime? RequestedDatetime,
    [property: JsonPropertyName("updated_datetime")] DateTime? UpdatedDatetime,
    [property: JsonPropertyName("address")] string? Address);

/// <summary>The GeoReport v2 fields this portal uses, read from their form-encoded names.</summary>
internal sealed record ServiceRequestForm(
    string? ServiceCode, string? Description, double? Lat, double? Long, string? AddressString, string? Email, string? FirstName, string? LastName, string? Phone)
{
    /// <summary>
    /// The form as GeoReport v2 posts it; anything else — another content type, a malformed or truncated body, more
    /// fields or a longer value than the form reader allows — is the client's error (400 with a field error).
    /// </summary>
    public static async Task<IFormCollection> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (!http.HasFormContentType)
        {
            throw new InvalidFieldException("body", "Kirim sebagai application/x-www-form-urlencoded (GeoReport v2). / Send the request form-encoded (GeoReport v2).");
        }

        try
        {
            return await http.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (FormReading.IsClientsFault(ex))
        {
            throw new InvalidFieldException("body", "Formulir tidak sah, terpotong atau terlalu banyak isian. / The form is malformed, cut short or has too many fields.");
        }
    }

    public static ServiceRequestForm From(IFormCollection form) => new(
        Text(form, "service_code"), Text(form, "description"), Number(form, "lat"), Number(form, "long"), Text(form, "address_string"),
        Text(form, "email"), Text(form, "first_name"), Text(form, "last_name"), Text(form, "phone"));

    private static string? Text(IFormCollection form, string key) => form.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;

    private static double? Number(IFormCollection form, string key) =>
        double.TryParse(Text(form, key), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}

internal sealed record ServiceRequestQuery(
    [property: FromQuery(Name = "service_code")] string? ServiceCode,
    [property: FromQuery(Name = "start_date")] DateTimeOffset? StartDate,
    [property: FromQuery(Name = "end_date")] DateTimeOffset? EndDate,
    [property: FromQuery(Name = "status")] string? Status,
    [property: FromQuery(Name = "service_request_id")] string? ServiceRequestId);
