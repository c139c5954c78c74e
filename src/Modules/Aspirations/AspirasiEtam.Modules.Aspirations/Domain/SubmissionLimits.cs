namespace AspirasiEtam.Modules.Aspirations.Domain;

/// <summary>Text limits, shared by validators and columns.</summary>
internal static class SubmissionLimits
{
    public const int Title = 150;
    public const int TitleMin = 10;
    public const int Description = 5000;
    public const int DescriptionMin = 30;
    public const int Location = 300;
    public const int Comment = 1000;
    public const int Note = 4000;

    /// <summary>How far ahead an agency may set the day it will finish by.</summary>
    public const int TargetHorizonDays = 180;
}
