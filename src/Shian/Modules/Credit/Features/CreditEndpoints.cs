using Microsoft.AspNetCore.Http.HttpResults;

namespace Shian.Modules.Credit.Features;

internal static class CreditEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/bans", async (CreditAdmin admin, CancellationToken ct) => TypedResults.Ok(await admin.BansAsync(ct)))
            .WithName("Credit.Bans").WithSummary("People barred from food business roles (ID numbers masked).")
            .RequireAuthorization(CreditPermissions.Read.Name);
        api.MapPost("/bans", AddBanAsync).WithName("Credit.AddBan").WithSummary("Record an industry ban (从业禁止).")
            .RequireAuthorization(CreditPermissions.Manage.Name);
        api.MapPost("/bans/{id:guid}/lift", LiftBanAsync).WithName("Credit.LiftBan").WithSummary("End a ban from a date, with a reason.")
            .RequireAuthorization(CreditPermissions.Manage.Name);
        api.MapGet("/serious-violations", async (CreditAdmin admin, CancellationToken ct) => TypedResults.Ok(await admin.ListingsAsync(ct)))
            .WithName("Credit.SeriousViolations").WithSummary("The serious-violation list (严重违法失信名单).")
            .RequireAuthorization(CreditPermissions.Read.Name);
        api.MapPost("/serious-violations", AddListingAsync).WithName("Credit.AddSeriousViolation").WithSummary("List an entity.")
            .RequireAuthorization(CreditPermissions.Manage.Name);
        api.MapPost("/serious-violations/{id:guid}/remove", RemoveListingAsync).WithName("Credit.RemoveSeriousViolation")
            .WithSummary("Remove an entity from the list from a date, with a reason.")
            .RequireAuthorization(CreditPermissions.Manage.Name);
    }

    private static async Task<Created<IdView>> AddBanAsync(AddBanRequest request, CreditAdmin admin, CancellationToken ct)
    {
        var id = await admin.AddBanAsync(request, ct);
        return TypedResults.Created($"/api/v1/credit/bans/{id}", new IdView(id));
    }

    private static async Task<NoContent> LiftBanAsync(Guid id, EndEntryRequest request, CreditAdmin admin, CancellationToken ct)
    {
        await admin.LiftBanAsync(id, request.On!.Value, request.Reason!, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<IdView>> AddListingAsync(AddListingRequest request, CreditAdmin admin, CancellationToken ct)
    {
        var id = await admin.AddListingAsync(request, ct);
        return TypedResults.Created($"/api/v1/credit/serious-violations/{id}", new IdView(id));
    }

    private static async Task<NoContent> RemoveListingAsync(Guid id, EndEntryRequest request, CreditAdmin admin, CancellationToken ct)
    {
        await admin.RemoveListingAsync(id, request.On!.Value, request.Reason!, ct);
        return TypedResults.NoContent();
    }
}

internal sealed record IdView(Guid Id);
