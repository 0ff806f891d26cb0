namespace Shian.Modules.Registration;

/// <summary>The rule sets of the module (Seed/registration.rules.json), editable by an administrator.</summary>
internal static class RegistrationRules
{
    /// <summary>Position 1 of the credit code (登记管理部门), key <see cref="MarketRegulation"/>.</summary>
    public const string Authority = "registration.authority";

    public const string MarketRegulation = "market_regulation";

    /// <summary>Position 2 of the credit code (机构类别) by entity type.</summary>
    public const string EntityTypes = "registration.entity_types";

    /// <summary>The citation of each check, by check code.</summary>
    public const string Checks = "registration.checks";

    public const string Deadlines = "registration.deadlines";

    public const string DecisionWorkingDays = "decision_working_days";
}
