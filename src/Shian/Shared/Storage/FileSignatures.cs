namespace Shian.Shared.Storage;

/// <summary>
/// Recognises a file by its bytes: the magic number at the start and the marker a complete file ends with,
/// so a renamed executable is refused as the wrong type and a truncated photo as malformed.
/// </summary>
internal static class FileSignatures
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PngEnd = [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] PdfEnd = "%%EOF"u8.ToArray();

    /// <summary>The kind by magic number, or null when the bytes are no kind we know.</summary>
    public static FileKind? Recognise(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF)
        {
            return FileKind.Jpeg;
        }

        if (content.StartsWith(Png))
        {
            return FileKind.Png;
        }

        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return FileKind.Webp;
        }

        return content.StartsWith(Pdf) ? FileKind.Pdf : null;
    }

    /// <summary>Whether a file of <paramref name="kind"/> is complete (not truncated) as far as its framing tells.</summary>
    public static bool IsComplete(FileKind kind, ReadOnlySpan<byte> content) => kind switch
    {
        FileKind.Jpeg => content.Length >= 4 && content[^2] == 0xFF && content[^1] == 0xD9,
        FileKind.Png => content.Length >= Png.Length + PngEnd.Length && content.EndsWith(PngEnd),
        FileKind.Webp => content.Length >= 12
            && BitConverter.ToUInt32(content[4..8]) + 8 == (uint)content.Length,
        // Incremental updates and trailing whitespace may follow %%EOF; it must appear in the last kilobyte.
        FileKind.Pdf => content[Math.Max(0, content.Length - 1024)..].IndexOf(PdfEnd) >= 0,
        _ => false,
    };

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.Webp => "image/webp",
        FileKind.Pdf => "application/pdf",
        _ => "application/octet-stream",
    };
}
