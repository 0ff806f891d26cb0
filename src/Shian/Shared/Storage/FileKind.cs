namespace Shian.Shared.Storage;

/// <summary>The file kinds the platform accepts, recognised by their content, never by the name a client sends.</summary>
public enum FileKind
{
    Jpeg,
    Png,
    Webp,
    Pdf,
}

/// <summary>What an upload endpoint accepts: the kinds and the largest size.</summary>
public sealed record UploadRules(long MaxBytes, IReadOnlyList<FileKind> Allowed)
{
    /// <summary>Phone photos (inspection evidence): JPEG, PNG or WebP up to 10 MB.</summary>
    public static readonly UploadRules Photo = new(10 * 1024 * 1024, [FileKind.Jpeg, FileKind.Png, FileKind.Webp]);

    /// <summary>Application materials: PDF or image up to 20 MB.</summary>
    public static readonly UploadRules Material = new(20 * 1024 * 1024, [FileKind.Pdf, FileKind.Jpeg, FileKind.Png]);
}

/// <summary>A stored file's identity: its SHA-256 (lower-case hex) names it, so the same bytes are stored once.</summary>
public sealed record StoredFileRef(string Sha256, FileKind Kind, string ContentType, long Length);
