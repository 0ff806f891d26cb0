using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Inspections.Features.FillItems;

/// <summary>
/// The inspection a change is about, as the caller may see it, and who may change it: the inspectors on its team.
/// Shared by the handlers that change an inspection (items, photos, sign-off, amendment).
/// </summary>
internal sealed class InspectionDrafts(ShianDbContext db, CurrentUser user)
{
    /// <summary>The inspection for a change: in the caller's scope, still a draft, and the caller on its team.</summary>
    public async Task<Inspection> OpenDraftAsync(Guid id, CancellationToken ct)
    {
        var inspection = await FindAsync(id, ct);
        inspection.EnsureDraft();
        EnsureAssigned(inspection);
        return inspection;
    }

    public async Task<Inspection> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<Inspection>().FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw ShianException.NotFound(InspectionsErrors.NotFound);

    public void EnsureAssigned(Inspection inspection)
    {
        if (user.UserId is not { } me || !inspection.Inspectors.Contains(me))
        {
            throw ShianException.Forbidden(InspectionsErrors.NotAssigned);
        }
    }
}
