namespace Shian.Modules.Licensing.Features.Decide;

internal static class DecideEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications/{id:guid}/approve", async (Guid id, ReviewDecisionRequest request, ReviewDecisions decisions, CancellationToken ct) =>
                TypedResults.Ok(await decisions.ApproveAsync(id, request, ct)))
            .WithName("Licensing.Approve").WithSummary("Approve an application under review: issues the licence (number, PDF, timeline, check task). Reviewer in scope.")
            .RequireAuthorization(LicensingPermissions.ReviewPolicy);
        api.MapPost("/applications/{id:guid}/reject", async (Guid id, ReviewDecisionRequest request, ReviewDecisions decisions, CancellationToken ct) =>
                TypedResults.Ok(await decisions.RejectAsync(id, request, ct)))
            .WithName("Licensing.Reject").WithSummary("Reject an application under review with a reason the applicant reads. Reviewer in scope.")
            .RequireAuthorization(LicensingPermissions.ReviewPolicy);
    }
}
