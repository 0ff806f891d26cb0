using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Web;

namespace Shian.Modules.Credit.Features.RecordBan;

internal static class RecordBanEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/bans", HandleAsync).WithName("Credit.AddBan").WithSummary("Record an industry ban (Food Safety Law Art. 135).")
            .Refuses(400, CreditErrors.BanPeriodInvalid)
            .RequireAuthorization(CreditPermissions.ManagePolicy);

    private static async Task<Created<IdView>> HandleAsync(AddBanRequest request, RecordBanHandler handler, CancellationToken ct)
    {
        var id = await handler.RecordAsync(request, ct);
        return TypedResults.Created($"/api/v1/credit/bans/{id}", new IdView(id));
    }
}

/// <summary>The id of a recorded entry.</summary>
internal sealed record IdView(Guid Id);
