namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>Column lengths of requests and objections, shared by the validators and the database.</summary>
internal static class RequestLimits
{
    public const int Name = 200;
    public const int IdentityNumber = 40;
    public const int Address = 500;
    public const int Occupation = 100;
    public const int Phone = 30;
    public const int Email = 254;
    public const int InformationWanted = 4000;
    public const int Purpose = 2000;
    public const int Reason = 2000;
    public const int DecisionText = 8000;
    public const int Body = 300;
    public const int FileName = 160;
    public const int Documents = 10;
    public const decimal MaxFee = 10_000_000m;
}
