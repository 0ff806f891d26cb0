using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Modules.Operators.Features.EditOperator;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.RegisterOperator;

/// <summary>Staff open an operator's file from the form; the page and the API both call this.</summary>
internal sealed class RegisterOperatorHandler(
    ShianDbContext db, OperatorFormRules rules, OperatorFormWriter writer, IOperatorTimeline timeline, TimeProvider time)
{
    public async Task<Operator> RegisterAsync(OperatorForm form, CancellationToken ct)
    {
        await rules.EnsureValidAsync(form, null, ct);
        var now = time.GetUtcNow();
        var entity = new Operator { RegisteredAt = now };
        writer.Apply(entity, form);
        entity.AddPremises(entity.RegisteredAddress, entity.JurisdictionCode, entity.Categories);
        entity.Touch(now);
        db.Add(entity);
        await timeline.AppendAsync(new OperatorTimelineEvent(
            entity.Id, "Operators", "operators.registered", OperatorsText.Stored("operators.timeline_registered"), entity.Name), ct);
        db.Raise(new OperatorRegistered(entity.Id, entity.JurisdictionCode, entity.Categories, entity.RegisteredAt));
        await db.SaveChangesAsync(ct);
        return entity;
    }
}
