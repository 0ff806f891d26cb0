namespace Shian.Modules.Documents.Contracts;

/// <summary>
/// Issues official documents (licences, inspection records, notices) as PDFs with Chinese text and a QR
/// code leading to the public verification page. The PDF and its SHA-256 are kept, so a printed copy can be
/// checked against the original.
/// </summary>
public interface IDocumentIssuer
{
    /// <summary>Renders and stores the document in the caller's unit of work (commits with the caller's save).</summary>
    Task<IssuedDocumentInfo> IssueAsync(DocumentContent content, CancellationToken ct);

    /// <summary>The stored PDF, or null if it does not exist or is outside the caller's scope.</summary>
    Task<byte[]?> GetPdfAsync(Guid documentId, CancellationToken ct);

    /// <summary>The stored PDF with the name a person saves it under (<c>食品经营许可证-JY….pdf</c>), or null as above.</summary>
    Task<DocumentFile?> GetFileAsync(Guid documentId, CancellationToken ct);
}

/// <summary>A document's PDF and its file name: the title and number, as the paper document is known.</summary>
public sealed record DocumentFile(byte[] Pdf, string FileName);

/// <summary>
/// What a document says. <paramref name="Kind"/> is a stable code (e.g. <c>licensing.food_business_licence</c>);
/// <paramref name="Number"/> is the document's own number (licence number, record number).
/// <paramref name="Emblem"/> is an optional large graphic under the title (a door sticker's grade face);
/// <paramref name="QrPath"/> an optional public path on this platform that the QR code opens instead of the
/// verification page (a door sticker leads to the live public record, so a stale sticker shows); the
/// verification code is then printed as text.
/// </summary>
public sealed record DocumentContent(
    string Kind,
    string Number,
    string Title,
    string JurisdictionCode,
    Guid? OperatorId,
    IReadOnlyList<DocumentField> Fields,
    IReadOnlyList<string>? Paragraphs = null,
    DateTimeOffset? ValidUntil = null,
    DocumentEmblem? Emblem = null,
    string? QrPath = null);

/// <summary>A face drawn as vector graphics, with a large mark beside it (e.g. a grade letter) and a caption.</summary>
public sealed record DocumentEmblem(DocumentFace Face, string Caption, string? Mark = null);

/// <summary>The faces an emblem can show: laughing, smiling, neutral, or none (caption only).</summary>
public enum DocumentFace
{
    None,
    Laughing,
    Smiling,
    Neutral,
}

/// <summary>A labelled line of a document, e.g. 经营者名称: 江门市好味餐饮有限公司.</summary>
public sealed record DocumentField(string Label, string Value);

/// <summary>An issued document: where the public can verify it and the hash of its PDF.</summary>
public sealed record IssuedDocumentInfo(Guid Id, string Number, string VerificationCode, string VerificationUrl, string Sha256);
