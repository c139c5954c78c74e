using QRCoder;

namespace AspirasiEtam.Shared.Web;

/// <summary>QR codes drawn on the server as PNG data URIs (the pages load no script and nothing from elsewhere).</summary>
public static class QrCodes
{
    /// <summary>
    /// <paramref name="text"/> as a QR code: error correction Q for codes scanned from a screen (an authenticator's
    /// secret), M for printed receipts, at <paramref name="pixelsPerModule"/> pixels a module.
    /// </summary>
    public static string DataUri(string text, bool fromScreen = false, int pixelsPerModule = 4)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, fromScreen ? QRCodeGenerator.ECCLevel.Q : QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(pixelsPerModule));
    }
}
