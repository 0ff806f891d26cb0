using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Shian.Modules.Registration.Features.Status;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Registration.Features.Account;

internal static class OpenAccountEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/public/applications/{trackingNumber}/account", OpenAccountAsync).WithName("Registration.OpenAccount")
            .WithSummary("Open the enterprise account of an approved application (user name = credit code, password chosen here): X-Tracking-Secret header. Once per operator.")
            .AnonymousByDesign("the applicant of an approved registration opens its enterprise account once, with the secret").RequireRateLimiting(RateLimits.PublicForms)
            .Refuses(404, RegistrationErrors.ApplicationNotFound)
            .Refuses(409, RegistrationErrors.NotApproved, RegistrationErrors.AccountExists);

    private static async Task<Created<OpenedAccount>> OpenAccountAsync(
        string trackingNumber, [FromHeader(Name = StatusEndpoint.SecretHeader)] string? secret, OpenAccountRequest request,
        EnterpriseAccountOpening opening, CancellationToken ct)
    {
        var account = await opening.OpenAsync(trackingNumber, secret, accountToken: null, request, ct);
        return TypedResults.Created("/api/v1/account/me", account);
    }
}
