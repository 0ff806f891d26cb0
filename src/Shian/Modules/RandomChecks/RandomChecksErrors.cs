namespace Shian.Modules.RandomChecks;

/// <summary>Stable error codes of the module (ProblemDetails <c>code</c>).</summary>
internal static class RandomChecksErrors
{
    public const string TaskNotFound = "randomchecks.task_not_found";
    public const string UnknownJurisdiction = "randomchecks.unknown_jurisdiction";
    public const string OutOfScope = "randomchecks.out_of_scope";
    public const string UnknownCategory = "randomchecks.unknown_category";
    public const string UnknownGrade = "randomchecks.unknown_grade";
    public const string ProportionOrCount = "randomchecks.proportion_or_count";
    public const string TeamTooSmall = "randomchecks.team_too_small";
    public const string Frozen = "randomchecks.frozen";
    public const string ReasonRequired = "randomchecks.reason_required";
    public const string ResultsExist = "randomchecks.results_exist";
    public const string EmptyPool = "randomchecks.empty_pool";
    public const string CountExceedsPool = "randomchecks.count_exceeds_pool";
    public const string NotEnoughInspectors = "randomchecks.not_enough_inspectors";
    public const string NotCommitted = "randomchecks.not_committed";
    public const string AlreadyDrawn = "randomchecks.already_drawn";
    public const string PoolTampered = "randomchecks.pool_tampered";
    public const string OperatorNotFound = "randomchecks.operator_not_found";
    public const string NotAnInspector = "randomchecks.not_an_inspector";
    public const string ConflictNotFound = "randomchecks.conflict_not_found";


    // Message keys (not codes): the texts of refusals that need more than their code's own message.

    /// <summary>The 404 of the public record uses <see cref="TaskNotFound"/> as its code: not found, or not yet committed.</summary>
    public const string TaskNotPublished = "randomchecks.task_not_published";
    public const string InspectorPoolTooSmall = "randomchecks.inspector_pool_too_small";
    public const string DrawFailed = "randomchecks.draw_failed";
    public const string EmptyPoolOfGrades = "randomchecks.empty_pool_of_grades";
    public const string EmptyPoolOfArea = "randomchecks.empty_pool_of_area";
    public const string ReasonMissing = "randomchecks.reason_missing";
    public const string DueOnNotAfterToday = "randomchecks.due_on_not_after_today";
    public const string UserNotAnInspector = "randomchecks.user_not_an_inspector";
    public const string DeclarantUnknown = "randomchecks.declarant_unknown";
    public const string DeclareOnlyForSelf = "randomchecks.declare_only_for_self";
    public const string WithdrawOnlyOwn = "randomchecks.withdraw_only_own";
    public const string ConflictReasonRequired = "randomchecks.conflict_reason_required";
}
