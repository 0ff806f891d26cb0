using Shian.Modules.Administration.Contracts;
using Shian.Shared.Kernel;

namespace Shian.Modules.Licensing.Features.ReviewQueue;

/// <summary>
/// The statutory decision clock of an application: the rule in force on the submission day, counted in working days
/// from it. Shared by the queue and the application file.
/// </summary>
internal sealed class DecisionClock(IRuleBook rules, IWorkingDayCalendar calendar)
{
    public async Task<(DateOnly DueOn, int WorkingDaysLeft, bool Overdue)> OfAsync(DateTimeOffset submittedAt, DateOnly today, CancellationToken ct)
    {
        var submittedOn = submittedAt.ChinaDate();
        var due = await calendar.AddWorkingDaysAsync(submittedOn, (await DeadlineRuleAsync(submittedOn, ct)).AsInt(), ct);
        return today <= due
            ? (due, await calendar.CountWorkingDaysAsync(today, due, ct), false)
            : (due, -await calendar.CountWorkingDaysAsync(due, today, ct), true);
    }

    public Task<RuleValue> DeadlineRuleAsync(DateOnly on, CancellationToken ct) =>
        rules.RequireAsync(LicensingRules.Deadlines, "decision_working_days", on, ct);
}
