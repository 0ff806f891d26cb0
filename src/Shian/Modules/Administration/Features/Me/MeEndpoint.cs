using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Security;

namespace Shian.Modules.Administration.Features.Me;

internal static class MeEndpoint
{
    public static void Map(RouteGroupBuilder account) =>
        account.MapGet("/me", Handle).WithName("Account.Me").WithSummary("Who the caller is, their roles and scope.").RequireAuthorization();

    private static Ok<MeView> Handle(CurrentUser user, HttpContext http) =>
        TypedResults.Ok(new MeView(
            http.User.Identity?.Name ?? "", user.Name,
            [.. Roles.All.Append(Roles.MachineClient).Where(user.IsInRole)], user.JurisdictionCode ?? "", user.OperatorId));
}

internal sealed record MeView(string UserName, string DisplayName, IReadOnlyList<string> Roles, string JurisdictionCode, Guid? OperatorId);
