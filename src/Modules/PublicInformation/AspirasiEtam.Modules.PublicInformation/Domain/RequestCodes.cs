namespace AspirasiEtam.Modules.PublicInformation.Domain;

/// <summary>How the values of requests and objections are written in the API, forms and spreadsheets.</summary>
internal static class RequestCodes
{
    public static string Code(ApplicantKind kind) => kind == ApplicantKind.Individual ? "individual" : "organisation";

    public static string Code(ObtainMethod method) => method switch
    {
        ObtainMethod.Inspect => "inspect",
        ObtainMethod.SoftCopy => "softcopy",
        _ => "hardcopy",
    };

    public static string Code(DeliveryMethod method) => method.ToString().ToLowerInvariant();

    public static string Code(RequestStatus status) => status.ToString().ToLowerInvariant();

    public static string Code(RequestOutcome outcome) => outcome switch
    {
        RequestOutcome.Granted => "granted",
        RequestOutcome.GrantedInPart => "granted-in-part",
        RequestOutcome.Refused => "refused",
        _ => "not-held",
    };

    public static string Code(ObjectionStatus status) => status.ToString().ToLowerInvariant();

    public static string Code(ObjectionOutcome outcome) => outcome.ToString().ToLowerInvariant();

    public static ApplicantKind? ParseApplicantKind(string? code) => Parse<ApplicantKind>(code, Code);

    public static ObtainMethod? ParseObtain(string? code) => Parse<ObtainMethod>(code, Code);

    public static DeliveryMethod? ParseDelivery(string? code) => Parse<DeliveryMethod>(code, Code);

    public static RequestOutcome? ParseOutcome(string? code) => Parse<RequestOutcome>(code, Code);

    public static ObjectionOutcome? ParseObjectionOutcome(string? code) => Parse<ObjectionOutcome>(code, Code);

    public static RequestStatus? ParseStatus(string? code) => Parse<RequestStatus>(code, Code);

    public static string OutcomeName(RequestOutcome outcome, bool english) => (outcome, english) switch
    {
        (RequestOutcome.Granted, false) => "Dikabulkan seluruhnya",
        (RequestOutcome.Granted, true) => "Granted in full",
        (RequestOutcome.GrantedInPart, false) => "Dikabulkan sebagian",
        (RequestOutcome.GrantedInPart, true) => "Granted in part",
        (RequestOutcome.Refused, false) => "Ditolak",
        (RequestOutcome.Refused, true) => "Refused",
        (_, false) => "Informasi tidak dikuasai",
        (_, true) => "Information not held",
    };

    public static string ObtainName(ObtainMethod method, bool english) => (method, english) switch
    {
        (ObtainMethod.Inspect, false) => "Melihat/membaca/mendengarkan/mencatat",
        (ObtainMethod.Inspect, true) => "View/read/listen/take notes",
        (ObtainMethod.SoftCopy, false) => "Salinan elektronik (softcopy)",
        (ObtainMethod.SoftCopy, true) => "Electronic copy",
        (_, false) => "Salinan cetak (hardcopy)",
        (_, true) => "Printed copy",
    };

    public static string DeliveryName(DeliveryMethod method, bool english) => (method, english) switch
    {
        (DeliveryMethod.Collect, false) => "Mengambil langsung",
        (DeliveryMethod.Collect, true) => "Collect in person",
        (DeliveryMethod.Post, false) => "Pos",
        (DeliveryMethod.Post, true) => "Post",
        (DeliveryMethod.Courier, false) => "Kurir",
        (DeliveryMethod.Courier, true) => "Courier",
        (_, false) => "Email",
        (_, true) => "Email",
    };

    private static T? Parse<T>(string? code, Func<T, string> format)
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => string.Equals(format(v), code?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(v => (T?)v).FirstOrDefault();
}
