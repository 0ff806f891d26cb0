using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Registration.Domain;
using Shian.Shared.Kernel;

namespace Shian.Modules.Registration.Features.ReviewQueue;

internal static class ReviewQueueEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications", QueueAsync).WithName("Registration.Queue")
            .WithSummary("Applications of the caller's scope, those under review first (status=UnderReview|Approved|Rejected; page, pageSize).")
            .RequireAuthorization(RegistrationPermissions.ReviewPolicy);

    private static async Task<Ok<PagedList<QueueItem>>> QueueAsync(
        RegistrationStatus? status, int? page, int? pageSize, ReviewQueueQuery queue, CancellationToken ct) =>
        TypedResults.Ok(await queue.QueueAsync(status, new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultPageSize), ct));
}
