using System.Globalization;
using Shian.Modules.Catering.Domain;
using Shian.Modules.Catering.Features.OperatorTab;
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
            ?? throw ShianException.NotFound(CateringErrors.NoGrade, "该经营者尚无餐饮量化分级记录，或您无权查看。");
        if (grade.StickerDocumentId is null)
        {
            var establishment = await queries.EstablishmentAsync(operatorId, ct)
                ?? throw ShianException.NotFound(CateringErrors.NotFound, "未找到该餐饮服务单位。");
            var issued = await documents.IssueAsync(Content(establishment, grade), ct);
            grade.StickerDocumentId = issued.Id;
            await db.SaveChangesAsync(ct);
        }

        return await documents.GetPdfAsync(grade.StickerDocumentId.Value, ct)
            ?? throw ShianException.NotFound(CateringErrors.NotFound, "未找到该公示牌文书。");
    }

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
            "餐饮服务食品安全等级公示",
            grade.JurisdictionCode,
            establishment.OperatorId,
            [
                new("单位名称", establishment.Name),
                new("经营地址", establishment.Address),
                new("动态等级", grade.DynamicGrade.LabelWithFace()),
                new("年度等级", grade.AnnualGrade.Label()),
                new("检查日期", grade.InspectedOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)),
                new("公示日期", grade.PublishedOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)),
                new("打印日期", today.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)),
            ],
            [grade.Note is { } note ? $"说明：{note}。" : "扫描二维码查看最新公示信息；与本牌不一致时以网上公示为准。", $"依据：{grade.Citation}"],
            Emblem: new DocumentEmblem(face, grade.DynamicGrade.LabelWithFace(), mark),
            QrPath: $"/portal/establishments/{establishment.OperatorId}");
    }
}
