using Shian.Shared.Security;

namespace Shian.Hosting.DemoData;

/// <summary>The demo logins printed at start-up. Production refuses to start while any of them exists.</summary>
internal static class DemoAccounts
{
    /// <summary>Published on purpose: it is printed on the console and in the README.</summary>
    public const string Password = "Shian@Demo2026";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("admin", "系统管理员", Roles.Administrator, "440700", "管理员 Administrator (江门市)"),
        new("leader", "局领导", Roles.Leader, "440700", "领导 Leader (江门市)"),
        new("reviewer", "法制审核员", Roles.LegalReviewer, "440700", "法制审核 Legal reviewer (江门市)"),
        new("lab", "检验员", Roles.LabAnalyst, "440700", "检验机构 Lab analyst (江门市)"),
        new("insp.pengjiang", "蓬江执法员", Roles.Inspector, "440703", "执法人员 Inspector (蓬江区)"),
        new("insp.jianghai", "江海执法员", Roles.Inspector, "440704", "执法人员 Inspector (江海区)"),
        new("insp.xinhui", "新会执法员", Roles.Inspector, "440705", "执法人员 Inspector (新会区)"),
        // Inspections need two inspectors (令第49号 第二十三条): a second one in 新会 makes a demo team.
        new("insp.xinhui2", "新会执法员乙", Roles.Inspector, "440705", "执法人员 Inspector (新会区, second team member)"),
        new("insp.taishan", "台山执法员", Roles.Inspector, "440781", "执法人员 Inspector (台山市)"),
        new("insp.kaiping", "开平执法员", Roles.Inspector, "440783", "执法人员 Inspector (开平市)"),
        new("insp.heshan", "鹤山执法员", Roles.Inspector, "440784", "执法人员 Inspector (鹤山市)"),
        new("insp.enping", "恩平执法员", Roles.Inspector, "440785", "执法人员 Inspector (恩平市)"),
        new("coord.huicheng", "会城协管员", Roles.Coordinator, "440705001", "协管员 Coordinator (新会区 会城街道)"),
        new("enterprise", "企业用户", Roles.EnterpriseUser, "", "企业用户 Enterprise user (first demo operator)"),
    ];
}

internal sealed record DemoAccount(string UserName, string DisplayName, string Role, string JurisdictionCode, string Description);
