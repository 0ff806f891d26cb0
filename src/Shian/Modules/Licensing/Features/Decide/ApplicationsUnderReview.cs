using Microsoft.EntityFrameworkCore;
using Shian.Modules.Licensing.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Licensing.Features.Decide;

/// <summary>The application a reviewer acts on (decision, site verification order): in the reviewer's scope and still under review.</summary>
internal sealed class ApplicationsUnderReview(ShianDbContext db, CurrentUser user)
{
    public async Task<(LicenceApplication Application, Guid Reviewer)> FindAsync(Guid id, CancellationToken ct)
    {
        var reviewer = user.UserId ?? throw ShianException.Forbidden(LicensingErrors.UserUnknown);

        // Staff scope only (the query filter): a reviewer outside the premises' town never finds it.
        var application = await db.Set<LicenceApplication>().FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw ShianException.NotFound(LicensingErrors.ApplicationNotFound);
        return application.Status == ApplicationStatus.UnderReview
            ? (application, reviewer)
            : throw ShianException.Conflict(LicensingErrors.NotUnderReview);
    }
}
