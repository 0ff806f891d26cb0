using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Registration.Features.Status;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Registration.Features.Review;

/// <summary>A reviewer reads an application with its checks and approves or rejects it.</summary>
internal static class ReviewEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/applications/{id:guid}", GetAsync).WithName("Registration.Application")
            .WithSummary("An application with every evaluated check. Staff in scope.")
            .RequireAuthorization(RegistrationPermissions.ReadPolicy)
            .Refuses(404, RegistrationErrors.ApplicationNotFound);
        api.MapPost("/applications/{id:guid}/approve", ApproveAsync).WithName("Registration.Approve")
            .WithSummary("Approve an application under review, with the reviewer's reason: issues the credit code, operator file and business licence.")
            .RequireAuthorization(RegistrationPermissions.ReviewPolicy)
            .Refuses(404, RegistrationErrors.ApplicationNotFound)
            .Refuses(409, RegistrationErrors.NotUnderReview, RegistrationErrors.TownNotInJurisdiction, RegistrationErrors.SequenceExhausted);
        api.MapPost("/applications/{id:guid}/reject", RejectAsync).WithName("Registration.Reject")
            .WithSummary("Reject an application under review, with the reason the applicant is shown.")
            .RequireAuthorization(RegistrationPermissions.ReviewPolicy)
            .Refuses(404, RegistrationErrors.ApplicationNotFound)
            .Refuses(409, RegistrationErrors.NotUnderReview);
    }

    private static async Task<Results<Ok<RegistrationView>, ProblemHttpResult>> GetAsync(Guid id, RegistrationReviews reviews, CancellationToken ct) =>
        await reviews.FindAsync(id, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(RegistrationErrors.ApplicationNotFound, Messages.Get(RegistrationErrors.ApplicationNotFound));

    private static async Task<Ok<RegistrationView>> ApproveAsync(Guid id, DecisionRequest request, RegistrationReviews reviews, CancellationToken ct) =>
        TypedResults.Ok(await reviews.ApproveAsync(id, request, ct));

    private static async Task<Ok<RegistrationView>> RejectAsync(Guid id, DecisionRequest request, RegistrationReviews reviews, CancellationToken ct) =>
        TypedResults.Ok(await reviews.RejectAsync(id, request, ct));
}
