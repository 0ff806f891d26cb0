using Microsoft.AspNetCore.Http.HttpResults;

namespace Shian.Modules.Licensing.Features.Revocation;

internal static class RevocationEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/licences/{licence}/revoke", RevokeAsync).WithName("Licensing.Revoke")
            .WithSummary("Revoke: record the penalty decision (decisionNumber, decidedOn, reason, legalRepresentativeIdNumber); the licence becomes Revoked and the legal representative is banned for 5 years (Food Safety Law Art. 135). {licence} is the licence id or number. Administrator/LegalReviewer of the premises' scope; the same decision again is a replay.")
            .RequireAuthorization(LicensingPermissions.RevokePolicy);

    private static async Task<Ok<RevocationView>> RevokeAsync(
        string licence, RevocationRequest request, LicenceRevocations revocations, CancellationToken ct) =>
        TypedResults.Ok((await revocations.RevokeAsync(licence, request, ct)).View);
}
