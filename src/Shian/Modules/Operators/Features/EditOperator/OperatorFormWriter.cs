using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Security;

namespace Shian.Modules.Operators.Features.EditOperator;

/// <summary>Copies the form onto the operator, for registering (RegisterOperator) and editing alike.</summary>
internal sealed class OperatorFormWriter(PersonalDataProtector protector)
{
    public void Apply(Operator entity, OperatorForm form)
    {
        entity.CreditCode = IdentifierText.Normalise(form.CreditCode);
        entity.CreditCodeOverrideReason = string.IsNullOrWhiteSpace(form.CreditCodeOverrideReason) ? null : form.CreditCodeOverrideReason.Trim();
        entity.Name = form.Name!.Trim();
        entity.EntityType = form.EntityType!.Value;
        entity.LegalRepresentative = form.LegalRepresentative!.Trim();
        // Encryption is randomised: re-encrypting an unchanged number would look like an edit (new version, a
        // "changed ID number" line on the timeline), so only a different number is encrypted again.
        if (!string.IsNullOrWhiteSpace(form.LegalRepresentativeIdNumber))
        {
            var id = ResidentIdNumber.Parse(form.LegalRepresentativeIdNumber).Value;
            if (protector.Unprotect(entity.LegalRepresentativeIdCipher) != id)
            {
                entity.LegalRepresentativeIdCipher = protector.Protect(id);
                entity.LegalRepresentativeIdMasked = Mask.IdNumber(id);
            }
        }

        if (!string.IsNullOrWhiteSpace(form.Phone))
        {
            var phone = PhoneNumber.Parse(form.Phone).Value;
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
