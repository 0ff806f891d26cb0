using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.Publication;

internal static class PublicationEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/public/{id:guid}", GetAsync)
            .WithName("Inspections.Public").WithSummary("A published result (no personal data). Anyone; rate-limited.")
            .Refuses(404, InspectionsErrors.NotFound)
            .AnonymousByDesign("inspection results are published (SAMR Order No. 49, Art. 39); no personal data").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/public/operators/{operatorId:guid}", async (Guid operatorId, PublicationQueries q, CancellationToken ct) =>
                TypedResults.Ok(await q.PublicForOperatorAsync(operatorId, ct)))
            .WithName("Inspections.PublicByOperator").WithSummary("An operator's published results (no personal data). Anyone; rate-limited.")
            .AnonymousByDesign("an operator's published inspection results; no personal data").RequireRateLimiting(RateLimits.Anonymous);
    }

    private static async Task<Results<Ok<PublicInspectionView>, ProblemHttpResult>> GetAsync(Guid id, PublicationQueries q, CancellationToken ct) =>
        await q.PublicAsync(id, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(InspectionsErrors.NotFound, InspectionsText.Get("PublicNotFound"));
}
