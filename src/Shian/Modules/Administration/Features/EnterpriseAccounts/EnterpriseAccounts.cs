using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Security;

namespace Shian.Modules.Administration.Features.EnterpriseAccounts;

/// <summary>
/// Opens enterprise accounts through Identity, so the password policy, hashing and lockout are the same as for
/// staff. The account has no jurisdiction of its own: its operator is its scope.
/// </summary>
internal sealed class EnterpriseAccounts(UserManager<ShianUser> users) : IEnterpriseAccounts
{
    public async Task<string?> FindUserNameAsync(Guid operatorId, CancellationToken ct) =>
        await users.Users.Where(u => u.OperatorId == operatorId).OrderBy(u => u.UserName).Select(u => u.UserName).FirstOrDefaultAsync(ct);

    public async Task<string> OpenAsync(EnterpriseAccountRequest request, CancellationToken ct)
    {
        var user = new ShianUser
        {
            UserName = request.UserName,
            DisplayName = request.DisplayName,
            JurisdictionCode = "",
            OperatorId = request.OperatorId,
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            throw Refusal(created);
        }

        var role = await users.AddToRoleAsync(user, Roles.EnterpriseUser);
        if (!role.Succeeded)
        {
            // The role is seeded with the reference data; its absence is a broken deployment, not bad input.
            throw new InvalidOperationException($"Cannot give {request.UserName} the {Roles.EnterpriseUser} role: {string.Join("; ", role.Errors.Select(e => e.Code))}");
        }

        return user.UserName!;
    }

    private static ShianException Refusal(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return ShianException.Conflict(AdministrationErrors.UserNameTaken);
        }

        var messages = result.Errors.Select(e => IdentityMessages.Translate(e)).ToArray();
        return ShianException.Invalid(AdministrationErrors.PasswordRejected, "password", string.Join(" ", messages));
    }
}
