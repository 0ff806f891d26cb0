using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Shian.Modules.Audit.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Audit.Data;

/// <summary>
/// Appends one ledger entry per changed <see cref="IAudited"/> entity, in the save's own transaction.
/// The chain is a single sequence, so appends are serialised: SQLite's write transaction is already
/// exclusive (BEGIN IMMEDIATE), and on PostgreSQL a transaction-scoped advisory lock does the same across
/// every node. The primary key on the sequence number is the last line of defence against a fork.
/// </summary>
internal sealed class AuditLedgerHook(CurrentUser currentUser, TimeProvider time) : ISaveChangesHook
{
    private const long LedgerLockKey = 0x5348_4941_4E01; // "SHIAN" + 1

    public int Order => 1000;

    public async Task BeforeSaveAsync(ShianDbContext db, CancellationToken ct)
    {
        if (db.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit ledger is append-only.");
        }

        var changes = db.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(Describe)
            .Where(c => c is not null)
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LedgerLockKey})", ct);
        }

        var last = await db.Set<AuditEntry>().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? LedgerHash.Genesis;
        var at = LedgerHash.Truncate(time.GetUtcNow());

        foreach (var change in changes)
        {
            sequence++;
            var hash = LedgerHash.Compute(previousHash, sequence, at, currentUser.UserId, currentUser.Name,
                change!.Action, change.EntityType, change.EntityId, change.Before, change.After);
            db.Set<AuditEntry>().Add(new AuditEntry
            {
                Sequence = sequence,
                OccurredAt = at,
                ActorId = currentUser.UserId,
                ActorName = currentUser.Name,
                Action = change.Action,
                EntityType = change.EntityType,
                EntityId = change.EntityId,
                Before = change.Before,
                After = change.After,
                PreviousHash = previousHash,
                Hash = hash,
            });
            previousHash = hash;
        }
    }

    private static Change? Describe(EntityEntry entry)
    {
        var properties = RowImage.RecordedProperties(entry);
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Insert,
            EntityState.Deleted => AuditAction.Delete,
            _ => AuditAction.Update,
        };
        if (action == AuditAction.Update)
        {
            properties = properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
            if (properties.Count == 0)
            {
                return null;
            }
        }

        return new Change(
            action,
            entry.Metadata.ClrType.Name,
            RowImage.KeyOf(entry),
            action == AuditAction.Insert ? null : RowImage.Canonical(properties, p => p.OriginalValue),
            action == AuditAction.Delete ? null : RowImage.Canonical(properties, p => p.CurrentValue));
    }

    private sealed record Change(AuditAction Action, string EntityType, string EntityId, string? Before, string? After);
}
