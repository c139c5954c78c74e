using AspirasiEtam.Shared.Storage;
using Microsoft.AspNetCore.Http;

namespace AspirasiEtam.Shared.Web;

/// <summary>Reading the form of a request that the endpoint reads itself (pages and minimal API binding do their own).</summary>
public static class FormReading
{
    /// <summary>
    /// Whether reading a form failed because of what the client sent — malformed, cut short, past the form reader's
    /// limits (fields, value length) — and not because of the server. A body past the server's size limit stays a
    /// 413 (<see cref="BadHttpRequestException"/>), and a disk that refused to buffer it a 503.
    /// </summary>
    public static bool IsClientsFault(Exception exception) =>
        exception is InvalidDataException || (exception is IOException and not BadHttpRequestException && !StorageFaults.IsStorageFault(exception));
}
