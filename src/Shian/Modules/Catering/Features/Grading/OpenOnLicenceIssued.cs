using Microsoft.EntityFrameworkCore;
using Shian.Modules.Catering.Domain;
using Shian.Modules.Licensing.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Features.Grading;

/// <summary>
/// A new catering or unit-canteen licence (新开办单位) opens the establishment: its inspections in the rule's months
/// from the licence day are 待评定. The licence day, not the file's opening, is what the rule counts from; a
/// business already known here (earlier inspections) is not moved back into the new-business window.
/// </summary>
internal sealed class OpenOnLicenceIssued(ShianDbContext db, IOperatorDirectory directory) : IDomainEventHandler<LicenceIssued>
{
    public async Task HandleAsync(LicenceIssued e, CancellationToken ct)
    {
        if (e.Category is not (LicenceCategories.Catering or LicenceCategories.UnitCanteen))
        {
            return;
        }

        var existing = await db.Set<CateringEstablishment>().IgnoreQueryFilters().FirstOrDefaultAsync(x => x.OperatorId == e.OperatorId, ct);
        if (existing is not null)
        {
            if (existing.LastInspectedOn is null)
            {
                existing.LicensedOn = e.IssuedOn;
            }

            return;
        }

        var op = await directory.FindAsync(e.OperatorId, ct);
        db.Add(new CateringEstablishment
        {
            OperatorId = e.OperatorId,
            Name = op?.Name ?? "",
            Address = op?.RegisteredAddress ?? "",
            JurisdictionCode = e.JurisdictionCode,
            ActiveSince = e.IssuedOn,
            LicensedOn = e.IssuedOn,
        });
    }
}
