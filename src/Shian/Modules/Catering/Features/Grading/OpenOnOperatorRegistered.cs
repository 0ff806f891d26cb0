using Microsoft.EntityFrameworkCore;
using Shian.Modules.Catering.Domain;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Features.Grading;

/// <summary>
/// A newly opened file that staff marked as catering is a new catering business: it is published as 待评定 and its
/// inspections are not graded for the rule's months (新开办单位), counted from the file's opening until a catering
/// licence dates it (<see cref="OpenOnLicenceIssued"/>). Files loaded in bulk (imports, demo data) raise no event
/// and are not "new".
/// </summary>
internal sealed class OpenOnOperatorRegistered(ShianDbContext db, IOperatorDirectory directory) : IDomainEventHandler<OperatorRegistered>
{
    public async Task HandleAsync(OperatorRegistered e, CancellationToken ct)
    {
        if (!e.Categories.Contains(GradeOnInspectionCompleted.CateringSector)
            || await db.Set<CateringEstablishment>().IgnoreQueryFilters().AnyAsync(x => x.OperatorId == e.OperatorId, ct))
        {
            return;
        }

        var op = await directory.FindAsync(e.OperatorId, ct);
        var opened = e.RegisteredAt.ChinaDate();
        db.Add(new CateringEstablishment
        {
            OperatorId = e.OperatorId,
            Name = op?.Name ?? "",
            Address = op?.RegisteredAddress ?? "",
            JurisdictionCode = e.JurisdictionCode,
            ActiveSince = opened,
            LicensedOn = opened,
        });
    }
}
