using QRCoder;

namespace Shian.Modules.Documents.Features.Rendering;

/// <summary>QR codes as PNG bytes (no System.Drawing), error correction M: survives a worn door sticker.</summary>
internal static class QrCodes
{
    public static byte[] Png(string text, int pixelsPerModule = 8)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>The module matrix including the quiet zone: true = dark.</summary>
    public static IReadOnlyList<bool[]> Matrix(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(row => row.Cast<bool>().ToArray()).ToList();
    }
}
