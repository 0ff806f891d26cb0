using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Production;

internal static class ProductionEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/production/applications", ApplyProductionAsync).WithName("Licensing.ApplyProduction")
            .WithSummary("Apply for a food production licence (SC); always waits for the on-site review (never instant). Enterprise user for its own operator; Inspector/Administrator in scope.")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy)
            .Refuses(422, ErrorCodes.IdempotencyKeyReused).Refuses(400, LicensingErrors.IdempotencyKeyRequired, LicensingErrors.OperatorRequired, LicensingErrors.UnknownTown, LicensingErrors.UnknownFoodCategory)
            .Refuses(403, LicensingErrors.NotYourOperator, LicensingErrors.UserUnknown)
            .Refuses(404, LicensingErrors.OperatorNotFound);
        api.MapPost("/production/applications/{id:guid}/decision", DecideProductionAsync).WithName("Licensing.DecideProduction")
            .WithSummary("Record the on-site review's conclusion and approve (draws the SC number) or reject. Staff of the premises' scope.")
            .RequireAuthorization(LicensingPermissions.ReviewProductionPolicy)
            .Refuses(404, LicensingErrors.ApplicationNotFound, LicensingErrors.OperatorNotFound)
            .Refuses(409, LicensingErrors.NotUnderReview, LicensingErrors.SequenceExhausted);
    }

    private static async Task<Results<Created<ApplicationView>, Ok<ApplicationView>>> ApplyProductionAsync(
        ProductionRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? key, ProductionApplications apps, CancellationToken ct)
    {
        var (view, replayed) = await apps.SubmitAsync(request, key, ct);
        return replayed ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/licensing/applications/{view.Id}", view);
    }

    private static async Task<Ok<ApplicationView>> DecideProductionAsync(
        Guid id, ProductionDecisionRequest request, ProductionApplications apps, CancellationToken ct) =>
        TypedResults.Ok(await apps.DecideAsync(id, request, ct));
}
