using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Operators.Features.EditOperator;

/// <summary>Registers and edits operators; the page and the API both call this.</summary>
internal sealed class OperatorEditor(
    ShianDbContext db,
    OperatorFormRules rules,
    PersonalDataProtector protector,
    IOperatorTimeline timeline,
    TimeProvider time)
{
    public async Task<Operator> RegisterAsync(OperatorForm form, CancellationToken ct)
    {
        await rules.EnsureValidAsync(form, null, ct);
        var now = time.GetUtcNow();
        var entity = new Operator { RegisteredAt = now };
        Apply(entity, form);
        entity.AddPremises(entity.RegisteredAddress, entity.JurisdictionCode, entity.Categories);
        entity.Touch(now);
        db.Add(entity);
        await timeline.AppendAsync(new OperatorTimelineEvent(entity.Id, "Operators", "operators.registered", "建立档案", entity.Name), ct);
        db.Raise(new OperatorRegistered(entity.Id, entity.JurisdictionCode, entity.Categories, entity.RegisteredAt));
        await db.SaveChangesAsync(ct);
        return entity;
    }

    public async Task<Operator> UpdateAsync(Guid id, OperatorForm form, CancellationToken ct)
    {
        var entity = await db.Set<Operator>().FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw ShianException.NotFound(OperatorsErrors.NotFound, "未找到该经营主体，或不在您的辖区范围内。");
        if (form.Version is { } version && version != entity.Version)
        {
            throw ShianException.Conflict(OperatorsErrors.StaleVersion, "该档案已被他人修改，请刷新后重新编辑（您填写的内容仍保留在表单中）。");
        }

        await rules.EnsureValidAsync(form, id, ct);
        var before = db.Entry(entity).CurrentValues.Clone();
        Apply(entity, form);
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
        await timeline.AppendAsync(new OperatorTimelineEvent(entity.Id, "Operators", "operators.edited", "修改档案", "修改了：" + string.Join("、", changed)), ct);
        await db.SaveChangesAsync(ct);
        return entity;
    }

    private void Apply(Operator entity, OperatorForm form)
    {
        entity.CreditCode = form.CreditCode!.Trim().ToUpperInvariant();
        entity.CreditCodeOverrideReason = string.IsNullOrWhiteSpace(form.CreditCodeOverrideReason) ? null : form.CreditCodeOverrideReason.Trim();
        entity.Name = form.Name!.Trim();
        entity.EntityType = form.EntityType!.Value;
        entity.LegalRepresentative = form.LegalRepresentative!.Trim();
        // Encryption is randomised: re-encrypting an unchanged number would look like an edit (new version, a
        // "changed ID number" line on the timeline), so only a different number is encrypted again.
        if (!string.IsNullOrWhiteSpace(form.LegalRepresentativeIdNumber))
        {
            var id = form.LegalRepresentativeIdNumber.Trim().ToUpperInvariant();
            if (protector.Unprotect(entity.LegalRepresentativeIdCipher) != id)
            {
                entity.LegalRepresentativeIdCipher = protector.Protect(id);
                entity.LegalRepresentativeIdMasked = Mask.IdNumber(id);
            }
        }

        if (!string.IsNullOrWhiteSpace(form.Phone))
        {
            var phone = form.Phone.Trim();
            if (protector.Unprotect(entity.PhoneCipher) != phone)
            {
                entity.PhoneCipher = protector.Protect(phone);
                entity.PhoneMasked = Mask.Phone(phone);
            }
        }

        entity.ContactPerson = form.ContactPerson?.Trim();
        entity.ContactEmail = form.ContactEmail?.Trim();
        entity.RegisteredAddress = form.RegisteredAddress!.Trim();
        entity.JurisdictionCode = form.JurisdictionCode!;
        entity.SetCategories(form.Categories!);
    }
}
