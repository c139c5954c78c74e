using System.Text.Json.Serialization;
using AspirasiEtam.Modules.Reports.Caching;
using Microsoft.Extensions.DependencyInjection;
using AspirasiEtam.Modules.Reports.Features.GetAgencyCards;

namespace AspirasiEtam.Modules.Reports.Features.GetOpenData;

/// <summary>
/// The public figures as open data: the same numbers as the cards, in a document whose shape is versioned and
/// described by a JSON Schema (<see cref="OpenDataSchema"/>) — fields are only ever added within a version; a
/// renamed or removed field makes a new version. Its own records, so a change to the cards cannot change it by accident.
/// </summary>
[AllowAnonymous]
internal sealed record GetOpenData(ReportPeriod Period) : IRequest<OpenData>;

internal sealed record OpenData(
    [property: JsonPropertyName("$schema")] string Schema,
    string SchemaVersion,
    string Publisher,
    string Licence,
    DateTimeOffset GeneratedAt,
    OpenDataPeriod Period,
    int ReportsReceived,
    OpenDataFigures Province,
    IReadOnlyList<OpenDataAgency> Agencies);

internal sealed record OpenDataPeriod(string Code, int Year, int? Quarter, int? Month);

internal sealed record OpenDataAgency(string Code, string Name, int Rank, OpenDataFigures Figures);

/// <param name="DipFreshness">Since schema 1.1: the register's freshness score, 0–100 (null without a checklist).</param>
internal sealed record OpenDataFigures(OpenDataAspirations Aspirations, OpenDataRequests InformationRequests, int? DipFreshness);

internal sealed record OpenDataAspirations(
    int Received, int Answered, int AnsweredOnTime, double? AnsweredOnTimePercent, int? MedianWorkingDaysToAnswer, int? P90WorkingDaysToAnswer,
    int Reopened, int Ratings, double? AverageRating);

internal sealed record OpenDataRequests(
    int Received, int Decided, int DecidedOnTime, double? DecidedOnTimePercent, int Granted, int GrantedInPart, int Refused, int NotHeld,
    int Objections, int ObjectionsUpheld);

internal sealed class GetOpenDataValidator : AbstractValidator<GetOpenData>
{
    public GetOpenDataValidator() => RuleFor(r => r.Period).SetValidator(new ReportPeriodRules());
}

internal sealed class GetOpenDataHandler(IMediator mediator, TimeProvider clock) : IRequestHandler<GetOpenData, OpenData>
{
    public async Task<OpenData> Handle(GetOpenData request, CancellationToken cancellationToken)
    {
        var cards = await mediator.Send(new GetAgencyCards.GetAgencyCards(request.Period), cancellationToken);
        var p = request.Period;
        return new OpenData(
            OpenDataSchema.Url, OpenDataSchema.Version, "PPID Utama Provinsi Kalimantan Timur (Diskominfo Kaltim)", "CC-BY-4.0", clock.GetUtcNow(),
            new OpenDataPeriod(p.Code, p.Year, p.Quarter, p.Month), cards.Submitted, Figures(cards.Province, cards.ProvinceDipFreshness),
            [.. cards.Agencies.Select((a, i) => new OpenDataAgency(a.Code, a.Name, i + 1, Figures(a.Figures, a.DipFreshness)))]);
    }

    private static OpenDataFigures Figures(Card c, int? dipFreshness) => new(
        new OpenDataAspirations(c.Received, c.Answered, c.AnsweredOnTime, c.OnTimePercent, c.MedianWorkingDays, c.P90WorkingDays, c.Reopened, c.Ratings, c.AverageRating),
        new OpenDataRequests(
            c.Requests.Received, c.Requests.Decided, c.Requests.DecidedOnTime, c.Requests.OnTimePercent, c.Requests.Granted, c.Requests.GrantedInPart,
            c.Requests.Refused, c.Requests.NotHeld, c.Requests.Objections, c.Requests.ObjectionsUpheld),
        dipFreshness);
}

/// <summary>The open data's JSON Schema (draft 2020-12), version 1 (1.1 added the optional DIP freshness; 1.0 documents stay valid).</summary>
internal static class OpenDataSchema
{
    public const string Version = "1.1";

    public const string Url = "/api/reports/open-data/schema/v1.json";

    private const string Count = """{ "type": "integer", "minimum": 0 }""";

    private const string Percent = """{ "type": ["number", "null"], "minimum": 0, "maximum": 100 }""";

    private const string Days = """{ "type": ["integer", "null"], "minimum": 0 }""";

    public static readonly string Json = $$"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "{{Url}}",
          "title": "Kinerja OPD Provinsi Kalimantan Timur — open data, version {{Version}}",
          "description": "Each agency's record on aspirations and complaints (Aspirasi Etam) and on requests for information (UU 14/2008) for a period. Counts only; no reporter or applicant identities. Fields are only added within a version.",
          "type": "object",
          "required": ["$schema", "schemaVersion", "publisher", "licence", "generatedAt", "period", "reportsReceived", "province", "agencies"],
          "properties": {
            "$schema": { "type": "string" },
            "schemaVersion": { "const": "{{Version}}" },
            "publisher": { "type": "string" },
            "licence": { "type": "string" },
            "generatedAt": { "type": "string", "format": "date-time" },
            "period": {
              "type": "object",
              "required": ["code", "year"],
              "properties": {
                "code": { "type": "string", "pattern": "^[0-9]{4}(-Q[1-4]|-[0-9]{2})?$" },
                "year": { "type": "integer" },
                "quarter": { "type": ["integer", "null"], "minimum": 1, "maximum": 4 },
                "month": { "type": ["integer", "null"], "minimum": 1, "maximum": 12 }
              }
            },
            "reportsReceived": {{Count}},
            "province": { "$ref": "#/$defs/figures" },
            "agencies": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["code", "name", "rank", "figures"],
                "properties": {
                  "code": { "type": "string" },
                  "name": { "type": "string" },
                  "rank": { "type": "integer", "minimum": 1 },
                  "figures": { "$ref": "#/$defs/figures" }
                }
              }
            }
          },
          "$defs": {
            "figures": {
              "type": "object",
              "required": ["aspirations", "informationRequests"],
              "properties": {
                "aspirations": {
                  "type": "object",
                  "required": ["received", "answered", "answeredOnTime", "reopened", "ratings"],
                  "properties": {
                    "received": {{Count}}, "answered": {{Count}}, "answeredOnTime": {{Count}}, "answeredOnTimePercent": {{Percent}},
                    "medianWorkingDaysToAnswer": {{Days}}, "p90WorkingDaysToAnswer": {{Days}}, "reopened": {{Count}}, "ratings": {{Count}},
                    "averageRating": { "type": ["number", "null"], "minimum": 1, "maximum": 5 }
                  }
                },
                "informationRequests": {
                  "type": "object",
                  "required": ["received", "decided", "decidedOnTime", "granted", "grantedInPart", "refused", "notHeld", "objections", "objectionsUpheld"],
                  "properties": {
                    "received": {{Count}}, "decided": {{Count}}, "decidedOnTime": {{Count}}, "decidedOnTimePercent": {{Percent}}, "granted": {{Count}},
                    "grantedInPart": {{Count}}, "refused": {{Count}}, "notHeld": {{Count}}, "objections": {{Count}}, "objectionsUpheld": {{Count}}
                  }
                },
                "dipFreshness": { "type": ["integer", "null"], "minimum": 0, "maximum": 100, "description": "Since 1.1: half for the berkala checklist items published, half for those updated within 6 months, at the period's end" }
              }
            }
          }
        }
        """;
}

internal static class GetOpenDataEndpoint
{
    public static void Map(IEndpointRouteBuilder open)
    {
        open.MapGet("/open-data", async Task<Ok<OpenData>> (int year, int? quarter, int? month, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOpenData(new ReportPeriod(year, quarter, month)), ct)))
            .CacheOutput(ReportsCache.Policy).WithName("GetOpenData").WithSummary("The public figures of every agency for a period as open data, in a versioned shape (see its $schema)")
            .ProducesValidationProblem();
        open.MapGet("/open-data/schema/v1.json", () => TypedResults.Text(OpenDataSchema.Json, "application/schema+json"))
            .WithName("GetOpenDataSchema").WithSummary("The JSON Schema of the open data, version 1");
    }
}
