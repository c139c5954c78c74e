namespace AspirasiEtam.Modules.PublicInformation.Features;

/// <summary>A due day and how it was counted, in both languages.</summary>
internal sealed record DueView(DateOnly DueOn, int WorkingDays, string HowCountedId, string HowCountedEn, IReadOnlyList<SkippedDay> Skipped)
{
    /// <summary>The stored due day (given in writing, never moved by a later change of the calendar) and how it counts.</summary>
    public static DueView Of(InformationRequest request, RequestClock clock)
    {
        var counted = clock.Explain(request.ReceivedOn, request.DueOn);
        return new DueView(request.DueOn, counted.WorkingDays, counted.ExplainId(), counted.ExplainEn(), counted.Skipped);
    }
}

internal sealed record ApplicantView(string Kind, string Name, string? Address, string? Occupation, string? Phone, string? Email);

internal sealed record RequestStepView(int Sequence, string Kind, DateTime At, string Text);

internal sealed record NoticeView(int Sequence, string Kind, string Number, DateTime IssuedAt, string SignedBy);

internal sealed record RequestDocumentView(Guid Id, string FileName, string ContentType, long Size);

internal sealed record ObjectionView(
    Guid Id, string Number, Guid RequestId, string RequestNumber, Guid AgencyId, string Ground, string GroundText, string Reasons, DateOnly FiledOn, DateOnly DueOn,
    string Status, string? Outcome, string? DecisionText, string? DecidedBy, DateOnly? DecidedOn, DateOnly? CommissionDeadline, bool Overdue)
{
    public static ObjectionView Of(Objection o, string requestNumber, DateOnly today) => new(
        o.Id, o.Number, o.RequestId, requestNumber, o.AgencyId, o.Ground, ObjectionGrounds.Find(o.Ground)?.TextId ?? o.Ground, o.Reasons, o.FiledOn, o.DueOn,
        RequestCodes.Code(o.Status), o.Outcome is { } outcome ? RequestCodes.Code(outcome) : null, o.DecisionText, o.DecidedBy, o.DecidedOn,
        o.CommissionDeadline, o.IsOpen && today > o.DueOn);
}

/// <summary>
/// A request as staff in scope see it. The applicant's contact and identity number are filled only for those who may
/// see them (<see cref="StaffRequests.MaySeeContact"/>, <see cref="StaffRequests.MaySeeIdentityProof"/>).
/// </summary>
internal sealed record StaffRequestView(
    Guid Id, string Number, Guid AgencyId, string AgencyName, string Status, string? Outcome, string Channel, string? SourceReportNumber,
    DateTime ReceivedAt, DateOnly ReceivedOn, DueView Due, bool Overdue, bool Extended, string? ExtensionReason,
    string InformationWanted, string Purpose, string Obtain, string Delivery, bool PublicArchive,
    ApplicantView? Applicant, string? IdentityNumber, bool HasIdentityScan, bool IdentityHiddenFromAgency,
    string? DecisionText, string? Redactions, string? ExemptionGround, string? ConsequenceTest, string? HoldingBody,
    decimal Fee, string? FeeNote, DateTime? FeePaidAt, DateOnly? DecidedOn, int? WorkingDaysTaken,
    IReadOnlyList<RequestStepView> Steps, IReadOnlyList<NoticeView> Notices, IReadOnlyList<RequestDocumentView> Documents,
    IReadOnlyList<ObjectionView> Objections)
{
    public static StaffRequestView Of(
        InformationRequest r, string agencyName, RequestClock clock, DateOnly today, bool contact, bool identityProof, IReadOnlyList<ObjectionView> objections)
    {
        var a = r.Applicant;
        return new StaffRequestView(
            r.Id, r.Number, r.AgencyId, agencyName, RequestCodes.Code(r.Status), r.Outcome is { } o ? RequestCodes.Code(o) : null, r.Channel, r.SourceReportNumber,
            r.ReceivedAt, r.ReceivedOn, DueView.Of(r, clock), r.IsOpen && today > r.DueOn, r.IsExtended, r.ExtensionReason,
            r.InformationWanted, r.Purpose, RequestCodes.Code(r.Obtain), RequestCodes.Code(r.Delivery), r.PublicArchive,
            contact ? new ApplicantView(RequestCodes.Code(a.Kind), a.Name, a.Address, a.Occupation, a.Phone, a.Email) : null,
            identityProof ? a.IdentityNumber : null, identityProof && a.ScanKey is not null, a.HiddenFromAgency,
            r.DecisionText, r.Redactions, r.ExemptionGround, r.ConsequenceTest, r.HoldingBody, r.Fee, r.FeeNote, r.FeePaidAt, r.DecidedOn,
            r.DecidedOn is { } decided ? clock.WorkingDaysBetween(r.ReceivedOn, decided) : null,
            [.. r.Steps.OrderBy(s => s.Sequence).Select(s => new RequestStepView(s.Sequence, s.Kind.ToString(), s.At, s.Text))],
            [.. r.Notices.OrderBy(n => n.Sequence).Select(n => new NoticeView(n.Sequence, n.Kind.ToString(), n.Number, n.IssuedAt, n.SignedBy))],
            [.. r.Documents.Select(d => new RequestDocumentView(d.Id, d.FileName, d.ContentType, d.Size))],
            objections);
    }
}

/// <summary>One row of a staff list of requests: no applicant identity.</summary>
internal sealed record RequestRow(
    Guid Id, string Number, Guid AgencyId, string AgencyName, string Status, string? Outcome, DateOnly ReceivedOn, DateOnly DueOn, bool Overdue, bool Extended,
    string InformationWanted);

/// <summary>
/// What the applicant sees with the number and the secret code: the request, its clock, the chronology, the notices
/// as issued (addressed to the applicant by name, as sent), the documents once released, and whether (until when) an
/// objection can be filed. No identity field beyond what the letters say: no NIK, no contact, no scan.
/// </summary>
internal sealed record TrackedRequestView(
    string Number, string AgencyName, string Status, string? Outcome, DateOnly ReceivedOn, DueView Due, bool Overdue, bool Extended, string? ExtensionReason,
    string InformationWanted, string? DecisionText, string? Redactions, string? ExemptionGround, string? HoldingBody,
    decimal Fee, string? FeeNote, bool FeePaid, bool DocumentsReleased, IReadOnlyList<RequestDocumentView> Documents,
    IReadOnlyList<RequestStepView> Steps, IReadOnlyList<TrackedNotice> Notices,
    DateOnly? ObjectionOpenUntil, bool MayObject, IReadOnlyList<TrackedObjection> Objections);

internal sealed record TrackedNotice(string Kind, string Number, DateTime IssuedAt, string Html);

internal sealed record TrackedObjection(
    string Number, string Ground, string GroundText, DateOnly FiledOn, DateOnly DueOn, string Status, string? Outcome, string? DecisionText,
    DateOnly? DecidedOn, DateOnly? CommissionDeadline, string? NoticeHtml);
