using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.ApplicationFile;

internal static class ApplicationFileEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications/{id:guid}/details", DetailsAsync).WithName("Licensing.ApplicationDetails")
            .WithSummary("An application with rules, checklist and files, site verifications, deadline and the reviewer's decision. Staff in scope; enterprise user for its own operator.")
            .RequireAuthorization(LicensingPermissions.ReadPolicy)
            .Refuses(404, LicensingErrors.ApplicationNotFound);

    private static async Task<Results<Ok<ApplicationDetails>, ProblemHttpResult>> DetailsAsync(Guid id, ApplicationFileQuery file, CancellationToken ct) =>
        await file.DetailsAsync(id, ct) is { } details
            ? TypedResults.Ok(details)
            : Problems.NotFound(LicensingErrors.ApplicationNotFound, Messages.Get(LicensingErrors.ApplicationNotFound));
}
