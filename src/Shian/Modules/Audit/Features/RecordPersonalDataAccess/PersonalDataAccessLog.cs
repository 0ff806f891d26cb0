using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Audit.Features.RecordPersonalDataAccess;

internal sealed class PersonalDataAccessLog(ShianDbContext db, CurrentUser user, TimeProvider time) : IPersonalDataAccessLog
{
    public async Task RecordAsync(string entityType, string entityId, string fields, string purpose, CancellationToken ct)
    {
        db.Add(new PersonalDataAccess
        {
            OccurredAt = time.GetUtcNow(),
            ActorName = user.Name,
            EntityType = entityType,
            EntityId = entityId,
            Fields = fields,
            Purpose = purpose,
        });
        await db.SaveChangesAsync(ct);
    }
}
