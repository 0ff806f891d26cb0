using System.Globalization;
using Shian.Shared.Kernel;

namespace Shian.Modules.Audit.Contracts.Ui;

/// <summary>
/// What a person reads for the ledger's technical values, in the reader's language: entity types
/// (<c>OperatorGrade</c> → 风险等级), actions (<c>Insert</c> → 新增), field names and the background actor. A type or
/// field without a label keeps its name, so a new entity never breaks a page (a test lists the audited types
/// without one).
/// </summary>
public static class AuditLabels
{
    /// <summary>The actor name the platform writes when no person acts (start-up, jobs).</summary>
    public const string SystemActor = "system";

    public static string Entity(string entityType) => Lookup("Entity_" + entityType) ?? entityType;

    public static bool HasEntityLabel(string entityType) => Lookup("Entity_" + entityType) is not null;

    public static string Action(string action) => Lookup("Action_" + action) ?? action;

    public static string? Field(string field) => Lookup("Field_" + field);

    public static string Actor(string actorName) => actorName == SystemActor ? Lookup("SystemActor") ?? actorName : actorName;

    public static string YesNo(bool value) => Lookup(value ? "Yes" : "No")!;

    private static string? Lookup(string key)
    {
        var text = Texts.In(typeof(AuditText), CultureInfo.CurrentUICulture, key);
        return text == key ? null : text;
    }
}
