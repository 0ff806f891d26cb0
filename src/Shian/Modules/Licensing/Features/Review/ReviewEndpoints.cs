using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Review;

internal static class ReviewEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/review", async (int? page, int? pageSize, LicenceReviews reviews, CancellationToken ct) =>
                TypedResults.Ok(await reviews.QueueAsync(new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultPageSize), ct)))
            .WithName("Licensing.ReviewQueue")
            .WithSummary("Applications under review in the caller's scope, oldest first, with the decision deadline in working days and days left.")
            .RequireAuthorization(LicensingPermissions.ReviewPolicy);
        api.MapGet("/applications/{id:guid}/details", DetailsAsync).WithName("Licensing.ApplicationDetails")
            .WithSummary("An application with rules, checklist and files, site verifications, deadline and the reviewer's decision. Staff in scope; enterprise user for its own operator.")
            .RequireAuthorization(LicensingPermissions.ReadPolicy);
        api.MapPost("/applications/{id:guid}/approve", async (Guid id, ReviewDecisionRequest request, LicenceReviews reviews, CancellationToken ct) =>
                TypedResults.Ok(await reviews.ApproveAsync(id, request, ct)))
            .WithName("Licensing.Approve").WithSummary("Approve an application under review: issues the licence (number, PDF, timeline, check task). Reviewer in scope.")
            .RequireAuthorization(LicensingPermissions.ReviewPolicy);
        api.MapPost("/applications/{id:guid}/reject", async (Guid id, ReviewDecisionRequest request, LicenceReviews reviews, CancellationToken ct) =>
                TypedResults.Ok(await reviews.RejectAsync(id, request, ct)))
            .WithName("Licensing.Reject").WithSummary("Reject an application under review with a reason the applicant reads. Reviewer in scope.")
            .RequireAuthorization(LicensingPermissions.ReviewPolicy);
        api.MapPost("/applications/{id:guid}/site-verifications", async (Guid id, SiteVerificationRequest request, LicenceReviews reviews, CancellationToken ct) =>
            {
                var created = await reviews.RequestSiteVerificationAsync(id, request, ct);
                return TypedResults.Created($"/api/v1/licensing/applications/{id}/details", created);
            })
            .WithName("Licensing.RequestSiteVerification").WithSummary("Order an on-site verification by the premises' town inspectors. Reviewer in scope.")
            .RequireAuthorization(LicensingPermissions.ReviewPolicy);
    }

    private static async Task<Results<Ok<ApplicationDetails>, ProblemHttpResult>> DetailsAsync(Guid id, LicenceReviews reviews, CancellationToken ct) =>
        await reviews.DetailsAsync(id, ct) is { } details
            ? TypedResults.Ok(details)
            : Problems.NotFound(LicensingErrors.ApplicationNotFound, Messages.Get(LicensingErrors.ApplicationNotFound));
}
