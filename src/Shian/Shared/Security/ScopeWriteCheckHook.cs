using Microsoft.EntityFrameworkCore;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Web;

namespace Shian.Shared.Security;

/// <summary>
/// The write half of jurisdiction scoping: no caller may insert, move, change or delete a scoped record
/// outside their scope, whatever endpoint or page they came through. Enterprise users may change only
/// records their own operator owns. Runs first, before anything else adds rows.
/// </summary>
internal sealed class ScopeWriteCheckHook(CurrentUser user) : ISaveChangesHook
{
    public int Order => 0;

    public Task BeforeSaveAsync(ShianDbContext db, CancellationToken ct)
    {
        if (user.IsSystem)
        {
            return Task.CompletedTask;
        }

        foreach (var entry in db.ChangeTracker.Entries<IJurisdictionScoped>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var codeProperty = entry.Property(e => e.JurisdictionCode);
            var codes = entry.State == EntityState.Added
                ? [codeProperty.CurrentValue]
                : new[] { codeProperty.OriginalValue, codeProperty.CurrentValue };
            if (!codes.All(c => c is not null && Allows(entry.Entity, c)))
            {
                throw ShianException.Forbidden(ErrorCodes.OutOfScope);
            }
        }

        return Task.CompletedTask;
    }

    private bool Allows(IJurisdictionScoped entity, string townCode)
    {
        if (user.OperatorId is { } operatorId)
        {
            return entity.OwningOperatorId == operatorId;
        }

        var prefix = user.TownCodePrefix;
        return prefix is null || townCode.StartsWith(prefix, StringComparison.Ordinal);
    }
}
