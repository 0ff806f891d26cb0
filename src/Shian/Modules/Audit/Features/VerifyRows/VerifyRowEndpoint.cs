using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Web;

namespace Shian.Modules.Audit.Features.VerifyRows;

internal static class VerifyRowEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/rows/{entityType}/{entityId}", HandleAsync)
            .WithName("Audit.VerifyRow")
            .WithSummary("Hold one audited entity's current row against the ledger's last image of it: intact, deleted, or a finding (mismatch with the differing fields, not_in_ledger, deleted_but_present, missing_row).")
            .RequireAuthorization(AuditPermissions.VerifyPolicy)
            .Refuses(400, AuditErrors.InvalidEntityId)
            .Refuses(404, AuditErrors.UnknownEntityType, AuditErrors.EntryNotFound);

    private static async Task<Ok<RowCheck>> HandleAsync(RowVerifier verifier, string entityType, string entityId, CancellationToken ct) =>
        TypedResults.Ok(await verifier.CheckOneAsync(entityType, entityId, ct));
}
