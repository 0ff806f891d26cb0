using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Operators.Features.RegisterOperator;

/// <summary>Opens a file for an operator another module approved (Registration); commits with the caller's save.</summary>
internal sealed class OperatorRegistry(
    ShianDbContext db, PersonalDataProtector protector, IOperatorTimeline timeline, TimeProvider time)
    : IOperatorRegistry
{
    public async Task<Guid> OpenFileAsync(NewOperatorFile file, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var entity = new Operator
        {
            CreditCode = IdentifierText.Normalise(file.CreditCode),
            Name = file.Name.Trim(),
            EntityType = Enum.Parse<OperatorEntityType>(file.EntityType),
            LegalRepresentative = file.LegalRepresentative.Trim(),
            RegisteredAddress = file.RegisteredAddress.Trim(),
            JurisdictionCode = file.JurisdictionCode,
            RegisteredAt = now,
        };
        if (!string.IsNullOrWhiteSpace(file.LegalRepresentativeIdNumber))
        {
            var id = IdentifierText.Normalise(file.LegalRepresentativeIdNumber);
            entity.LegalRepresentativeIdCipher = protector.Protect(id);
            entity.LegalRepresentativeIdMasked = Mask.IdNumber(id);
        }

        if (!string.IsNullOrWhiteSpace(file.Phone))
        {
            entity.PhoneCipher = protector.Protect(file.Phone.Trim());
            entity.PhoneMasked = Mask.Phone(file.Phone.Trim());
        }

        entity.SetCategories(file.Categories);
        entity.AddPremises(entity.RegisteredAddress, entity.JurisdictionCode, file.Categories);
        entity.Touch(now);
        db.Add(entity);
        await timeline.AppendAsync(new OperatorTimelineEvent(entity.Id, "Operators", "operators.registered", OperatorsText.Stored("operators.timeline_registered"), file.Source), ct);
        db.Raise(new OperatorRegistered(entity.Id, entity.JurisdictionCode, entity.Categories, entity.RegisteredAt));
        return entity.Id;
    }
}
