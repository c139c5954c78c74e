using AspirasiEtam.Modules.Aspirations.Domain;

namespace AspirasiEtam.UnitTests;

/// <summary>The stored feed visibility follows every move of a report, and a confidential report never has it.</summary>
public sealed class SubmissionVisibilityTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_guest_report_is_public_only_once_confirmed_and_until_rejected()
    {
        var submission = New(Privacy.Anonymous, token: "token");
        Assert.Equal(FeedVisibility.Hidden, submission.Feed);

        submission.ConfirmEmail("token", Now, Now.UtcDateTime.AddDays(3));
        Assert.Equal(FeedVisibility.Public, submission.Feed);

        submission.Reject(RejectionReason.TooGeneral, null, null, Now, Guid.NewGuid());
        Assert.Equal(FeedVisibility.Hidden, submission.Feed);
    }

    [Fact]
    public void A_confidential_report_is_never_public()
    {
        var submission = New(Privacy.Confidential, token: null);
        Assert.Equal(SubmissionStatus.Submitted, submission.Status);
        Assert.Equal(FeedVisibility.Hidden, submission.Feed);

        submission.Dispatch(Guid.NewGuid(), "Dinas Kesehatan", Now, Now.UtcDateTime.AddDays(5), Guid.NewGuid());
        Assert.Equal(FeedVisibility.Hidden, submission.Feed);
    }

    [Fact]
    public void A_report_converted_to_an_information_request_leaves_the_feed()
    {
        var submission = New(Privacy.Anonymous, token: null, SubmissionKind.InformationRequest);
        Assert.Equal(FeedVisibility.Public, submission.Feed);

        submission.ConvertToInformationRequest(Now, Guid.NewGuid());
        Assert.Equal(FeedVisibility.Hidden, submission.Feed);
    }

    private static Submission New(Privacy privacy, string? token, SubmissionKind kind = SubmissionKind.Complaint) => Submission.Create(
        "ASP-2345-6789", kind, "Jalan berlubang", "Jalan di depan sekolah berlubang besar sejak bulan lalu.", "jalan-jembatan",
        null, null, null, null, privacy, SubmissionChannel.Web, new Reporter(null, null, token is null ? null : "warga@example.id", null), null, token,
        Now, Now.UtcDateTime.AddDays(3));
}
