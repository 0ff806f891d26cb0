using Shian.Modules.Licensing.Contracts;
using Shian.Shared.Kernel;

namespace Shian.Modules.Catering.Features.Grading;

/// <summary>
/// A new catering or unit-canteen licence (新开办单位) opens the establishment: its inspections in the rule's months
/// from the licence day are 待评定. The licence day, not the file's opening, is what the rule counts from; a
/// business already known here (earlier inspections) is not moved back into the new-business window.
/// </summary>
internal sealed class OpenOnLicenceIssued(NewEstablishments establishments) : IDomainEventHandler<LicenceIssued>
{
    public async Task HandleAsync(LicenceIssued e, CancellationToken ct)
    {
        if (e.Category is not (LicenceCategories.Catering or LicenceCategories.UnitCanteen))
        {
            return;
        }

        if (await establishments.FindAsync(e.OperatorId, ct) is { } existing)
        {
            if (existing.LastInspectedOn is null)
            {
                existing.LicensedOn = e.IssuedOn;
            }

            return;
        }

        await establishments.OpenAsync(e.OperatorId, e.JurisdictionCode, e.IssuedOn, ct);
    }
}
