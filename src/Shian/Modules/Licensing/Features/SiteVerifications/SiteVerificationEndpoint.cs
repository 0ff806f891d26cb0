namespace Shian.Modules.Licensing.Features.SiteVerifications;

internal static class SiteVerificationEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications/{id:guid}/site-verifications", async (Guid id, SiteVerificationRequest request, SiteVerificationOrders orders, CancellationToken ct) =>
            {
                var created = await orders.RequestAsync(id, request, ct);
                return TypedResults.Created($"/api/v1/licensing/applications/{id}/details", created);
            })
            .WithName("Licensing.RequestSiteVerification").WithSummary("Order an on-site verification by the premises' town inspectors. Reviewer in scope.")
            .RequireAuthorization(LicensingPermissions.ReviewPolicy);
}
