using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Documents.Domain;
using Shian.Modules.Documents.Features.Rendering;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Documents.Features.Issue;

internal sealed class DocumentIssuer(
    ShianDbContext db,
    PdfRenderer renderer,
    CurrentUser user,
    IHttpContextAccessor http,
    IOptions<DocumentsOptions> options,
    TimeProvider time) : IDocumentIssuer
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public Task<IssuedDocumentInfo> IssueAsync(DocumentContent content, CancellationToken ct)
    {
        var code = RandomNumberGenerator.GetString(CodeAlphabet, 16);
        var url = VerificationUrl(code);
        var issuedAt = time.GetUtcNow();
        var qrUrl = content.QrPath is { } path ? PublicUrl(path) : url;
        var pdf = renderer.Render(content, url, qrUrl, issuedAt);
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var document = new IssuedDocument
        {
            Kind = content.Kind,
            Number = content.Number,
            Title = content.Title,
            JurisdictionCode = content.JurisdictionCode,
            OperatorId = content.OperatorId,
            IssuedAt = issuedAt,
            IssuedBy = user.Name,
            ValidUntil = content.ValidUntil,
            VerificationCode = code,
            Sha256 = sha,
            Pdf = pdf,
        };
        db.Add(document);
        return Task.FromResult(new IssuedDocumentInfo(document.Id, document.Number, code, url, sha));
    }

    public async Task<byte[]?> GetPdfAsync(Guid documentId, CancellationToken ct) =>
        await Readable().Where(d => d.Id == documentId).Select(d => d.Pdf).FirstOrDefaultAsync(ct);

    public async Task<DocumentFile?> GetFileAsync(Guid documentId, CancellationToken ct) =>
        await Readable().Where(d => d.Id == documentId).Select(d => new { d.Pdf, d.Title, d.Number }).FirstOrDefaultAsync(ct) is { } found
            ? new DocumentFile(found.Pdf, FileNames.Safe($"{found.Title}-{found.Number}") + ".pdf")
            : null;

    /// <summary>Staff read through their scope; an enterprise reads its own documents.</summary>
    private IQueryable<IssuedDocument> Readable() => user.OperatorId is { } own
        ? db.Set<IssuedDocument>().Unscoped("an enterprise reads its own documents wherever its premises lie").Where(d => d.OperatorId == own)
        : db.Set<IssuedDocument>();

    public string VerificationUrl(string code) => PublicUrl($"/verify/document/{code}");

    /// <summary>An absolute address on this platform, for QR codes: the configured public base or the request's own.</summary>
    public string PublicUrl(string path)
    {
        var configured = options.Value.PublicBaseUrl?.TrimEnd('/');
        var request = http.HttpContext?.Request;
        var baseUrl = !string.IsNullOrEmpty(configured) ? configured
            : request is not null ? $"{request.Scheme}://{request.Host}"
            : "http://localhost:5080";
        return baseUrl + "/" + path.TrimStart('/');
    }
}
