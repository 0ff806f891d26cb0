using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.EditOperator;

/// <summary>Edits an operator's file; the page and the API both call this.</summary>
internal sealed class EditOperatorHandler(
    ShianDbContext db, OperatorFormRules rules, OperatorFormWriter writer, IOperatorTimeline timeline, TimeProvider time)
{
    public async Task<Operator> UpdateAsync(Guid id, OperatorForm form, CancellationToken ct)
    {
        var entity = await db.Set<Operator>().FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw ShianException.NotFound(OperatorsErrors.NotFound);
        if (form.Version is { } version && version != entity.Version)
        {
            throw ShianException.Conflict(OperatorsErrors.StaleVersion);
        }

        await rules.EnsureValidAsync(form, id, ct);
        var before = db.Entry(entity).CurrentValues.Clone();
        writer.Apply(entity, form);
        var changed = db.Entry(entity).Properties
            .Where(p => !p.Metadata.GetValueComparer().Equals(before[p.Metadata], p.CurrentValue))
            .Select(p => OperatorFieldNames.Label(p.Metadata.Name))
            .Distinct()
            .ToList();
        if (changed.Count == 0)
        {
            return entity;
        }

        entity.Touch(time.GetUtcNow());
        var detail = OperatorsText.Stored("operators.timeline_edited_detail", string.Join(OperatorsText.Stored("operators.list_separator"), changed));
        await timeline.AppendAsync(new OperatorTimelineEvent(
            entity.Id, "Operators", "operators.edited", OperatorsText.Stored("operators.timeline_edited"), detail), ct);
        await db.SaveChangesAsync(ct);
        return entity;
    }
}
