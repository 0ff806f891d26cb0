using Shian.Modules.Catering.Domain;
using Shian.Modules.Catering.Features.OperatorGrades;
using Shian.Modules.Documents.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Features.Sticker;

/// <summary>
/// The door sticker (量化等级公示牌) of an operator's latest grade, issued through Documents on first download and
/// kept with the grade, so every later download is the same stored, verifiable PDF. Its QR code opens the
/// live public record, where a sticker that no longer matches the current grade shows itself as stale.
/// </summary>
internal sealed class DoorStickers(ShianDbContext db, CateringQueries queries, IDocumentIssuer documents, TimeProvider time)
{
    public async Task<byte[]> PdfAsync(Guid operatorId, CancellationToken ct)
    {
        var grade = await queries.LatestGradeAsync(operatorId, ct)
            ?? throw ShianException.NotFound(CateringErrors.NoGrade);
        if (grade.StickerDocumentId is null)
        {
            var establishment = await queries.EstablishmentAsync(operatorId, ct)
                ?? throw ShianException.NotFound(CateringErrors.NotFound);
            var issued = await documents.IssueAsync(Content(establishment, grade), ct);
            grade.StickerDocumentId = issued.Id;
            await db.SaveChangesAsync(ct);
        }

        return await documents.GetPdfAsync(grade.StickerDocumentId.Value, ct)
            ?? throw ShianException.NotFound(CateringErrors.NotFound);
    }

    /// <summary>The sticker is an official notice: its text is Chinese (resources <c>Sticker*</c>), whatever the caller's language.</summary>
    private DocumentContent Content(CateringEstablishment establishment, CateringGrade grade)
    {
        var face = grade.DynamicGrade switch
        {
            DynamicGrade.Excellent => DocumentFace.Laughing,
            DynamicGrade.Good => DocumentFace.Smiling,
            DynamicGrade.Fair => DocumentFace.Neutral,
            _ => DocumentFace.None,
        };
        var mark = grade.AnnualGrade == AnnualGrade.NotRated ? null : grade.AnnualGrade.ToString();
        var today = time.ChinaToday();
        var number = $"CY{grade.InspectedOn:yyyyMMdd}-{grade.Id.ToString("N")[^8..].ToUpperInvariant()}";
        return new DocumentContent(
            "catering.grade_sticker",
            number,
            CateringText.Zh("StickerTitle"),
            grade.JurisdictionCode,
            establishment.OperatorId,
            [
                new(CateringText.Zh("StickerName"), establishment.Name),
                new(CateringText.Zh("StickerAddress"), establishment.Address),
                new(CateringText.Zh("DynamicGrade"), grade.DynamicGrade.ChineseLabelWithFace()),
                new(CateringText.Zh("AnnualGrade"), grade.AnnualGrade.ChineseLabel()),
                new(CateringText.Zh("InspectedOn"), CateringText.Zh("StickerDate", grade.InspectedOn)),
                new(CateringText.Zh("PublishedOn"), CateringText.Zh("StickerDate", grade.PublishedOn)),
                new(CateringText.Zh("StickerPrintedOn"), CateringText.Zh("StickerDate", today)),
            ],
            [
                grade.Note is { } note ? CateringText.Zh("StickerNote", note) : CateringText.Zh("StickerScan"),
                CateringText.Zh("StickerBasis", grade.Citation),
            ],
            Emblem: new DocumentEmblem(face, grade.DynamicGrade.ChineseLabelWithFace(), mark),
            QrPath: $"/portal/establishments/{establishment.OperatorId}");
    }
}
