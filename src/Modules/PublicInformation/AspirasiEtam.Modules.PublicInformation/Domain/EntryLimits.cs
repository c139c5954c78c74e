namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>Column lengths of the register, shared by the validators and the database.</summary>
internal static class EntryLimits
{
    public const int Title = 300;
    public const int Summary = 4000;
    public const int Unit = 200;
    public const int Person = 200;
    public const int MadeWhen = 100;
    public const int MadeWhere = 200;
    public const int Retention = 100;
    public const int Tag = 40;
    public const int Tags = 12;
    public const int Link = 500;
    public const int Links = 10;
    public const int Reason = 1000;
    public const int ExemptionText = 4000;
    public const int FileName = 160;
    public const int Documents = 50;

    /// <summary>Search reads at most this much text of a document (about 60 pages of prose).</summary>
    public const int DocumentText = 200_000;
}
