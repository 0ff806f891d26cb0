using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.RandomChecks.Features.Public;

/// <summary>Public disclosure (一公开): a task's public record and everything needed to recompute its draws. Anonymous by design, rate-limited.</summary>
internal static class PublicRecordEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tasks/{id:guid}/verification", VerificationAsync)
            .WithName("RandomChecks.Verification")
            .WithSummary("Everything needed to recompute every round: commitments, pools, revealed seeds, drawn targets. Anyone; rate-limited.")
            .AnonymousByDesign("public disclosure: anyone recomputes a random draw from its commitment, pool and revealed seed").RequireRateLimiting(RateLimits.Anonymous)
            .Refuses(404, RandomChecksErrors.TaskNotFound);
        api.MapGet("/public/{id:guid}", PublicAsync)
            .WithName("RandomChecks.Public")
            .WithSummary("The public record of a task (public disclosure): rounds, pool preview, seeds, draws, results and the server's recomputation. Anyone; rate-limited.")
            .AnonymousByDesign("public disclosure: the public record of a random-check task (commitments, draws, results)").RequireRateLimiting(RateLimits.Anonymous)
            .Refuses(404, RandomChecksErrors.TaskNotFound);
    }

    private static async Task<Results<Ok<Verification>, ProblemHttpResult>> VerificationAsync(Guid id, PublicDraws draws, CancellationToken ct) =>
        await draws.VerificationAsync(id, ct) is { } verification ? TypedResults.Ok(verification) : NotPublished();

    private static async Task<Results<Ok<PublicTask>, ProblemHttpResult>> PublicAsync(Guid id, PublicDraws draws, CancellationToken ct) =>
        await draws.FindAsync(id, ct) is { } task ? TypedResults.Ok(task) : NotPublished();

    private static ProblemHttpResult NotPublished() =>
        Problems.NotFound(RandomChecksErrors.TaskNotFound, Messages.Get(RandomChecksErrors.TaskNotPublished));
}
