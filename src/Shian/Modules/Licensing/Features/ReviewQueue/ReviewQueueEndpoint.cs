using Shian.Shared.Kernel;

namespace Shian.Modules.Licensing.Features.ReviewQueue;

internal static class ReviewQueueEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/review", async (int? page, int? pageSize, ReviewQueueQuery queue, CancellationToken ct) =>
                TypedResults.Ok(await queue.QueueAsync(new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultPageSize), ct)))
            .WithName("Licensing.ReviewQueue")
            .WithSummary("Applications under review in the caller's scope, oldest first, with the decision deadline in working days and days left.")
            .RequireAuthorization(LicensingPermissions.ReviewPolicy);
}
