using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Catering.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Portal.Features.EstablishmentRecord;

/// <summary>One published establishment of the open data. Anonymous by design and rate-limited per client address.</summary>
internal static class EstablishmentRecordEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/establishments/{id:guid}", HandleAsync).WithName("Portal.Establishment")
            .WithSummary("One published establishment with its catering inspections (newest first). Anyone; rate-limited.")
            .AnonymousByDesign("open data: one published establishment with its inspections, rate-limited").RequireRateLimiting(RateLimits.Anonymous)
            .Refuses(404, PortalErrors.EstablishmentNotFound);

    private static async Task<Results<Ok<OpenEstablishment>, ProblemHttpResult>> HandleAsync(
        Guid id, EstablishmentRecordQuery query, ICateringGrades grades, CancellationToken ct)
    {
        if (await query.FindAsync(id, ct) is not { } found)
        {
            return Problems.NotFound(PortalErrors.EstablishmentNotFound, Messages.Get(PortalErrors.EstablishmentNotFound));
        }

        var inspections = (await grades.InspectionsAsync(id, ct)).Select(OpenInspection.From).ToList();
        return TypedResults.Ok(OpenEstablishment.From(found.Establishment, code => found.Names.GetValueOrDefault(code, ""), inspections));
    }
}
