namespace Shian.Shared.Storage;

/// <summary>
/// Where uploads (inspection photos, application materials) go. Files are checked by content against the
/// endpoint's <see cref="UploadRules"/>, named by their SHA-256 and stored once however often they are sent.
/// The file joins the caller's unit of work and commits with the record that cites it.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Reads <paramref name="content"/> (at most <c>rules.MaxBytes</c>), checks it and adds it. Throws a 4xx
    /// <see cref="Kernel.ShianException"/>: <c>files.empty</c>, <c>files.too_large</c> (413),
    /// <c>files.type_not_allowed</c> (415) or <c>files.malformed</c>.
    /// </summary>
    Task<StoredFileRef> AddAsync(Stream content, UploadRules rules, CancellationToken ct);

    /// <summary>The file's bytes and type, or null when no file has that hash.</summary>
    Task<(StoredFileRef File, byte[] Content)?> FindAsync(string sha256, CancellationToken ct);
}
