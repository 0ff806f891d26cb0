using Microsoft.EntityFrameworkCore;
using Shian.Modules.Catering.Domain;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Features.Grading;

/// <summary>
/// Opens a new catering business (新开办单位) for grading: published as 待评定, its inspections in the rule's
/// months from <c>since</c> are not graded. Shared by the licence and file-opening handlers.
/// </summary>
internal sealed class NewEstablishments(ShianDbContext db, IOperatorDirectory directory)
{
    public Task<CateringEstablishment?> FindAsync(Guid operatorId, CancellationToken ct) =>
        db.Set<CateringEstablishment>().Unscoped("grading runs in the nightly job (no caller) and in the raising save of an event, whatever the caller's scope").FirstOrDefaultAsync(x => x.OperatorId == operatorId, ct);

    public async Task OpenAsync(Guid operatorId, string jurisdictionCode, DateOnly since, CancellationToken ct)
    {
        var op = await directory.FindAsync(operatorId, ct);
        db.Add(new CateringEstablishment
        {
            OperatorId = operatorId,
            Name = op?.Name ?? "",
            Address = op?.RegisteredAddress ?? "",
            JurisdictionCode = jurisdictionCode,
            ActiveSince = since,
            LicensedOn = since,
        });
    }
}
