using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;

namespace Shian.Modules.Catering.Features.Grading;

/// <summary>
/// A newly opened file that staff marked as catering is a new catering business: it is published as 待评定 and its
/// inspections are not graded for the rule's months (新开办单位), counted from the file's opening until a catering
/// licence dates it (<see cref="OpenOnLicenceIssued"/>). Files loaded in bulk (imports, demo data) raise no event
/// and are not "new".
/// </summary>
internal sealed class OpenOnOperatorRegistered(NewEstablishments establishments) : IDomainEventHandler<OperatorRegistered>
{
    public async Task HandleAsync(OperatorRegistered e, CancellationToken ct)
    {
        if (!e.Categories.Contains(GradeOnInspectionCompleted.CateringSector) || await establishments.FindAsync(e.OperatorId, ct) is not null)
        {
            return;
        }

        await establishments.OpenAsync(e.OperatorId, e.JurisdictionCode, e.RegisteredAt.ChinaDate(), ct);
    }
}
