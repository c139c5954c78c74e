using AspirasiEtam.Modules.Aspirations.Domain;
using AspirasiEtam.Shared.Domain;

namespace AspirasiEtam.UnitTests;

/// <summary>
/// The stored feed visibility follows every move of a report: public only once PPID Utama verified and dispatched it,
/// never when confidential; what the public reads can be redacted; internal notes stay with the agency that wrote them.
/// </summary>
public sealed class SubmissionVisibilityTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);
    private static readonly PrivacyChoice PublicAnonymous = new(Anonymous: true, Confidential: false, ContactShared: false);

    [Fact]
    public void A_report_is_public_only_once_verified_and_dispatched()
    {
        var submission = New(PublicAnonymous, token: "token");
        Assert.Equal(FeedVisibility.Hidden, submission.Feed);

        submission.ConfirmEmail("token", Now, Now.UtcDateTime.AddDays(3));
        Assert.Equal(FeedVisibility.Hidden, submission.Feed);

        submission.Dispatch(Guid.NewGuid(), "Dinas Kesehatan", Now, Now.UtcDateTime.AddDays(5), Guid.NewGuid());
        Assert.Equal(FeedVisibility.Public, submission.Feed);
    }

    [Fact]
    public void A_rejected_report_never_goes_public()
    {
        var submission = New(PublicAnonymous, token: null);
        submission.Reject(RejectionReason.TooGeneral, null, null, Now, Guid.NewGuid());
        Assert.Equal(FeedVisibility.Hidden, submission.Feed);
    }

    [Fact]
    public void A_confidential_report_is_never_public()
    {
        var submission = New(PrivacyChoice.Default, token: null);
        Assert.True(submission.Privacy.Confidential);
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        Assert.Equal(FeedVisibility.Hidden, submission.Feed);

        submission.Dispatch(Guid.NewGuid(), "Dinas Kesehatan", Now, Now.UtcDateTime.AddDays(5), Guid.NewGuid());
        Assert.Equal(FeedVisibility.Hidden, submission.Feed);
    }

    [Fact]
    public void A_report_converted_to_an_information_request_never_goes_public()
    {
        var submission = New(PublicAnonymous, token: null, SubmissionKind.InformationRequest);
        submission.ConvertToInformationRequest(Now, Guid.NewGuid());
        Assert.Equal(FeedVisibility.Hidden, submission.Feed);
    }

    [Fact]
    public void An_anonymous_report_cannot_share_its_contact()
    {
        var error = Assert.Throws<InvalidFieldException>(() => New(new PrivacyChoice(Anonymous: true, Confidential: true, ContactShared: true), token: null));
        Assert.Equal("shareContact", error.Field);
    }

    [Fact]
    public void Redacting_keeps_the_original_and_ignores_an_unchanged_text()
    {
        var submission = New(PublicAnonymous, token: null);
        submission.RedactPublicText(submission.Title, submission.Description, Now, Guid.NewGuid());
        Assert.Null(submission.PublicTitle);
        Assert.DoesNotContain(submission.Timeline, t => t.Kind == TimelineKind.Redacted);

        submission.RedactPublicText("Jalan berlubang", "Jalan di depan sekolah berlubang besar.", Now, Guid.NewGuid());
        Assert.Equal("Jalan di depan sekolah berlubang besar.", submission.PublicDescription);
        Assert.Equal("Jalan di depan sekolah Pak Budi berlubang besar sejak bulan lalu.", submission.Description);
    }

    [Fact]
    public void Internal_notes_and_the_officer_stay_with_the_agency_that_returns_a_report()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var submission = New(PrivacyChoice.Default, token: null);
        submission.Dispatch(first, "Dinas Kesehatan", Now, Now.UtcDateTime.AddDays(5), Guid.NewGuid());
        submission.AssignTo(Guid.NewGuid(), "Petugas Pertama", Now, Guid.NewGuid());
        submission.AddProgress("Catatan internal OPD pertama", isInternal: true, Now, Guid.NewGuid());
        submission.ReturnToMainOffice("Bukan kewenangan kami", Now, Now.UtcDateTime.AddDays(3), Guid.NewGuid());
        submission.Dispatch(second, "Dinas Perhubungan", Now, Now.UtcDateTime.AddDays(5), Guid.NewGuid());

        Assert.Null(submission.AssignedOfficerId);
        var seenBySecond = submission.Timeline.Where(t => t.IsVisibleTo(provinceScope: false, new HashSet<Guid> { second })).ToList();
        Assert.DoesNotContain(seenBySecond, t => t.Text.Contains("Catatan internal", StringComparison.Ordinal) || t.Text.Contains("Petugas Pertama", StringComparison.Ordinal));
        Assert.Contains(submission.Timeline, t => t.IsVisibleTo(provinceScope: false, new HashSet<Guid> { first }) && t.Text.Contains("Catatan internal", StringComparison.Ordinal));
        Assert.All(submission.Timeline, t => Assert.True(t.IsVisibleTo(provinceScope: true, new HashSet<Guid>())));
    }

    private static Submission New(PrivacyChoice privacy, string? token, SubmissionKind kind = SubmissionKind.Complaint) => Submission.Create(
        "ASP-2345-6789", "LAP-2345-6789-ABCD", kind, "Jalan berlubang di depan sekolah", "Jalan di depan sekolah Pak Budi berlubang besar sejak bulan lalu.", "jalan-jembatan",
        null, null, null, null, privacy, SubmissionChannel.Web, new Reporter(null, null, token is null ? null : "warga@example.id", null), null, token,
        Now, Now.UtcDateTime.AddDays(3));
}
