using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Inspections.Features.Inspectors;

/// <summary>An inspector who may be on a team: Inspector role and a jurisdiction that covers the premises' town.</summary>
internal sealed record InspectorChoice(Guid Id, string UserName, string DisplayName, string JurisdictionCode);

internal sealed class InspectorEligibility(ShianDbContext db)
{
    /// <summary>Every inspector whose jurisdiction covers <paramref name="townCode"/>.</summary>
    public async Task<IReadOnlyList<InspectorChoice>> ForTownAsync(string townCode, CancellationToken ct)
    {
        var all = await InspectorsAsync(null, ct);
        return [.. all.Where(i => Covers(i.JurisdictionCode, townCode)).OrderBy(i => i.DisplayName, StringComparer.Ordinal)];
    }

    /// <summary>The requested users that are inspectors covering the town; the others are reported by id.</summary>
    public async Task<(IReadOnlyList<InspectorChoice> Eligible, IReadOnlyList<Guid> Refused)> CheckAsync(
        IReadOnlyCollection<Guid> userIds, string townCode, CancellationToken ct)
    {
        var found = await InspectorsAsync(userIds, ct);
        var eligible = found.Where(i => Covers(i.JurisdictionCode, townCode)).ToList();
        return (eligible, [.. userIds.Where(id => eligible.All(e => e.Id != id))]);
    }

    private static bool Covers(string scope, string townCode) =>
        !string.IsNullOrEmpty(scope) && JurisdictionCodes.Contains(scope, townCode);

    private async Task<List<InspectorChoice>> InspectorsAsync(IReadOnlyCollection<Guid>? ids, CancellationToken ct)
    {
        var roleId = await db.Set<ShianRole>().Where(r => r.Name == Roles.Inspector).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var inRole = db.Set<IdentityUserRole<Guid>>().Where(ur => ur.RoleId == roleId).Select(ur => ur.UserId);
        var users = db.Set<ShianUser>().AsNoTracking().Where(u => inRole.Contains(u.Id) && u.OperatorId == null);
        if (ids is not null)
        {
            users = users.Where(u => ids.Contains(u.Id));
        }

        return await users.Select(u => new InspectorChoice(u.Id, u.UserName ?? "", u.DisplayName, u.JurisdictionCode)).ToListAsync(ct);
    }
}
