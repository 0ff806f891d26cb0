using Microsoft.AspNetCore.Identity;
using Shian.Shared.Security;

namespace Shian.Tests.Infrastructure;

/// <summary>The people the tests act as. Scopes mirror real posts: city, two districts, one town.</summary>
public static class TestUsers
{
    public const string Admin = "t.admin";
    public const string Leader = "t.leader";
    public const string TaishanInspector = "t.insp.taishan";
    public const string XinhuiInspector = "t.insp.xinhui";
    public const string HuichengCoordinator = "t.coord.huicheng";
    public const string LabAnalyst = "t.lab";

    /// <summary>Enterprise users are created per test with the operator they act for; see <see cref="CreateEnterpriseUserAsync"/>.</summary>
    public static readonly (string UserName, string Role, string Jurisdiction)[] Staff =
    [
        (Admin, Roles.Administrator, "440700"),
        (Leader, Roles.Leader, "440700"),
        (TaishanInspector, Roles.Inspector, "440781"),
        (XinhuiInspector, Roles.Inspector, "440705"),
        (HuichengCoordinator, Roles.Coordinator, "440705001"),
        (LabAnalyst, Roles.LabAnalyst, "440700"),
    ];

    public static async Task CreateAllAsync(UserManager<ShianUser> users)
    {
        foreach (var (userName, role, jurisdiction) in Staff)
        {
            await CreateAsync(users, userName, role, jurisdiction, null);
        }
    }

    public static Task CreateEnterpriseUserAsync(UserManager<ShianUser> users, string userName, Guid operatorId) =>
        CreateAsync(users, userName, Roles.EnterpriseUser, "", operatorId);

    private static async Task CreateAsync(UserManager<ShianUser> users, string userName, string role, string jurisdiction, Guid? operatorId)
    {
        var user = new ShianUser { UserName = userName, DisplayName = userName, JurisdictionCode = jurisdiction, OperatorId = operatorId };
        var result = await users.CreateAsync(user, ShianAppFactory.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
    }
}
