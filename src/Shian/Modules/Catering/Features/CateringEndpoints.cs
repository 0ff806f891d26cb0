using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Catering.Features.OperatorTab;
using Shian.Modules.Catering.Features.Sticker;
using Shian.Shared.Web;

namespace Shian.Modules.Catering.Features;

internal static class CateringEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/operators/{operatorId:guid}/grades", GradesAsync).WithName("Catering.Grades")
            .WithSummary("An operator's current dynamic and annual grade and its grade history, each grade with the inspections it came from. Staff in scope; enterprise for its own.")
            .RequireAuthorization(CateringPermissions.Read.Name);
        api.MapGet("/operators/{operatorId:guid}/sticker", StickerAsync).WithName("Catering.Sticker")
            .WithSummary("The printable door sticker (PDF) of the latest grade: face, annual letter, dates, QR code to the public record. Issued on first download, then the stored copy.")
            .RequireAuthorization(CateringPermissions.Read.Name);
    }

    private static async Task<Results<Ok<OperatorGradesView>, ProblemHttpResult>> GradesAsync(
        Guid operatorId, CateringQueries queries, CancellationToken ct) =>
        await queries.ForOperatorAsync(operatorId, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(CateringErrors.NotFound, "该经营者尚无餐饮量化分级记录，或您无权查看。");

    private static async Task<FileContentHttpResult> StickerAsync(Guid operatorId, DoorStickers stickers, CancellationToken ct) =>
        TypedResults.File(await stickers.PdfAsync(operatorId, ct), "application/pdf", $"catering-grade-{operatorId}.pdf");
}
