using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Web;

namespace Shian.Modules.Catering.Features.Sticker;

internal static class StickerEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/operators/{operatorId:guid}/sticker", GetAsync).WithName("Catering.Sticker")
            .WithSummary("The printable door sticker (PDF) of the latest grade: face, annual letter, dates, QR code to the public record. Issued on first download, then the stored copy.")
            .Refuses(404, CateringErrors.NoGrade, CateringErrors.NotFound)
            .RequireAuthorization(CateringPermissions.ReadPolicy);

    private static async Task<FileContentHttpResult> GetAsync(Guid operatorId, DoorStickers stickers, CancellationToken ct) =>
        TypedResults.File(await stickers.PdfAsync(operatorId, ct), "application/pdf", $"catering-grade-{operatorId}.pdf");
}
