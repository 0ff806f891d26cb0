using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.RiskGrading.Features.Regrade;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features.AnnualRegrade;

internal static class AnnualRegradeEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/annual-regrade", HandleAsync).WithName("RiskGrading.AnnualRegrade")
            .WithSummary("Run the annual re-grade (raise/lower rules) for a year now (this or next year); the scheduled job runs it once a year.")
            .Refuses(400, RiskGradingErrors.YearOutOfRange)
            .RequireAuthorization(RiskGradingPermissions.RegradePolicy);

    private static async Task<Ok<BulkResult>> HandleAsync(AnnualRegradeRequest request, BulkGrader bulk, RiskGrader grader, CancellationToken ct)
    {
        var today = grader.Today;
        if (request.Year < today.Year || request.Year > today.Year + 1)
        {
            throw ShianException.Invalid(RiskGradingErrors.YearOutOfRange, nameof(request.Year), today.Year, today.Year + 1);
        }

        return TypedResults.Ok(await bulk.RunAsync(BulkMode.Annual, null, request.Year, null, ct));
    }
}

internal sealed class AnnualRegradeRequest
{
    [Range(2016, 2100, ErrorMessage = "riskgrading.year_range")]
    public int Year { get; set; }
}
