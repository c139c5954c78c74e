namespace AspirasiEtam.Modules.OrganisationDirectory.Domain;

/// <summary>Field lengths, shared by the validators and the database columns.</summary>
internal static class AgencyLimits
{
    public const int Code = 30;
    public const int Name = 200;
    public const int ShortName = 60;
    public const int Address = 300;
    public const int Phone = 30;
    public const int Email = 254;
    public const int Website = 300;
    public const int Category = 60;
    public const int Categories = 30;
}
