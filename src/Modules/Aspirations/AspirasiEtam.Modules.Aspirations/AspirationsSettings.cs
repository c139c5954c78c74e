namespace AspirasiEtam.Modules.Aspirations;

/// <summary>Bound from the <c>Aspirations</c> configuration section: the working-day clocks (defaults from SP4N-LAPOR!).</summary>
internal sealed class AspirationsSettings
{
    public const string SectionName = "Aspirations";

    public int VerificationDays { get; set; } = 3;

    public int FollowUpDays { get; set; } = 5;

    public int ReplyWindowDays { get; set; } = 10;

    public WorkflowClocks Clocks => new(VerificationDays, FollowUpDays, ReplyWindowDays);

    /// <summary>The hour (WITA) supervisors receive the daily digest of overdue work.</summary>
    public int DigestHourWita { get; set; } = 7;

    /// <summary>How often the closing job looks for reply windows that ended.</summary>
    public TimeSpan CloseCheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}
