using System.Data;
using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Shian.Modules.Audit.Data;
using Shian.Modules.Audit.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Audit.Features.VerifyRows;

/// <summary>
/// Holds each audited entity's current row against the ledger: the row, written exactly as the ledger hook writes an
/// after-image (<see cref="RowImage"/>), must equal the ledger's last image of it (<see cref="LedgerImage"/>); a row the
/// ledger never saw, a row whose last entry deletes it and a row gone without a delete entry are findings too. Works
/// in batches, each batch reading rows and entries in one snapshot so that a save in between cannot look like
/// tampering, and keeps nothing but the findings in memory.
/// </summary>
internal sealed class RowVerifier(ShianDbContext db)
{
    public const int Batch = 500;
    private const string UnscopedReason = "ledger verification compares every audited row, in every jurisdiction, with its entries";

    private static readonly MethodInfo LoadPageMethod = typeof(RowVerifier).GetMethod(nameof(LoadPageAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo LoadByKeysMethod = typeof(RowVerifier).GetMethod(nameof(LoadByKeysAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>The audited entity types, by the name the ledger records (the CLR type's name).</summary>
    public IReadOnlyDictionary<string, IEntityType> AuditedTypes() =>
        db.Model.GetEntityTypes()
            .Where(t => typeof(IAudited).IsAssignableFrom(t.ClrType) && t.BaseType is null && !t.IsOwned() && t.FindPrimaryKey()?.Properties.Count == 1)
            .ToDictionary(t => t.ClrType.Name, StringComparer.Ordinal);

    /// <summary>Checks one entity. Throws <c>audit.unknown_entity_type</c>, <c>audit.invalid_entity_id</c> or <c>audit.entry_not_found</c>.</summary>
    public async Task<RowCheck> CheckOneAsync(string entityType, string entityId, CancellationToken ct)
    {
        if (!AuditedTypes().TryGetValue(entityType, out var type))
        {
            throw ShianException.NotFound(AuditErrors.UnknownEntityType, entityType);
        }

        var key = ParseKey(type, entityId) ?? throw ShianException.Invalid(AuditErrors.InvalidEntityId, "entityId", entityId);
        var check = await InSnapshotAsync(async () =>
        {
            var rows = await LoadByKeys(type, [key], ct);
            var images = await ImagesAsync(entityType, [RowImage.KeyText(key)!], ct);
            var row = rows.Count == 0 ? null : rows[0];
            return Judge(entityType, RowImage.KeyText(key)!, row?.Image, images.GetValueOrDefault(RowImage.KeyText(key)!));
        });
        return check ?? throw ShianException.NotFound(AuditErrors.EntryNotFound, entityType, entityId);
    }

    /// <summary>Checks every audited row and every entity of the ledger; reports progress per batch.</summary>
    public async Task<RowVerificationRun> CheckAllAsync(IProgress<string> progress, Func<RowCheck, Task> onFinding, CancellationToken ct)
    {
        long rowsChecked = 0, findings = 0;
        foreach (var (name, type) in AuditedTypes().OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            // Rows → ledger: each row against its image.
            for (var skip = 0; ; skip += Batch)
            {
                var batch = await InSnapshotAsync(async () =>
                {
                    var rows = await LoadPage(type, skip, ct);
                    var images = await ImagesAsync(name, [.. rows.Select(r => r.Key)], ct);
                    return (rows.Count, Checks: rows.Select(r => Judge(name, r.Key, r.Image, images.GetValueOrDefault(r.Key))!).ToList());
                });
                foreach (var finding in batch.Checks.Where(c => c.IsFinding))
                {
                    findings++;
                    await onFinding(finding);
                }

                rowsChecked += batch.Count;
                progress.Report($"{name}: {rowsChecked} rows checked, {findings} findings");
                if (batch.Count < Batch)
                {
                    break;
                }
            }

            // Ledger → rows: an entity the ledger holds as present whose row is gone.
            for (var cursor = ""; ;)
            {
                var from = cursor;
                var ids = await db.Set<AuditEntry>().AsNoTracking()
                    .Where(e => e.EntityType == name && e.EntityId.CompareTo(from) > 0)
                    .Select(e => e.EntityId).Distinct().OrderBy(id => id).Take(Batch).ToListAsync(ct);
                if (ids.Count == 0)
                {
                    break;
                }

                var missing = await InSnapshotAsync(async () =>
                {
                    var images = await ImagesAsync(name, ids, ct);
                    var present = images.Where(i => i.Value.LastAction != AuditAction.Delete).Select(i => i.Key).ToList();
                    var keys = present.Select(id => ParseKey(type, id)).OfType<object>().ToList();
                    var existing = (await LoadByKeys(type, keys, ct)).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
                    return present.Where(id => !existing.Contains(id)).Select(id => Judge(name, id, null, images[id])!).ToList();
                });
                foreach (var finding in missing)
                {
                    findings++;
                    await onFinding(finding);
                }

                cursor = ids[^1];
            }
        }

        return new RowVerificationRun(rowsChecked, findings);
    }

    private static RowCheck? Judge(string type, string id, string? row, LedgerImage? ledger) => (row, ledger) switch
    {
        (null, null) => null,
        (null, { LastAction: AuditAction.Delete }) => new RowCheck(type, id, RowCheck.Deleted, [], ledger.Entries, ledger.LastSequence),
        (null, _) => new RowCheck(type, id, RowCheck.MissingRow, [], ledger.Entries, ledger.LastSequence),
        (_, null) => new RowCheck(type, id, RowCheck.NotInLedger, [], 0, null),
        (_, { LastAction: AuditAction.Delete }) => new RowCheck(type, id, RowCheck.DeletedButPresent, [], ledger.Entries, ledger.LastSequence),
        _ => ledger.Differences(row) is { Count: > 0 } fields
            ? new RowCheck(type, id, RowCheck.Mismatch, fields, ledger.Entries, ledger.LastSequence)
            : new RowCheck(type, id, RowCheck.Intact, [], ledger.Entries, ledger.LastSequence),
    };

    /// <summary>The ledger's image of each of <paramref name="ids"/> that has entries.</summary>
    private async Task<Dictionary<string, LedgerImage>> ImagesAsync(string type, List<string> ids, CancellationToken ct)
    {
        var images = new Dictionary<string, LedgerImage>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return images;
        }

        var entries = db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == type && ids.Contains(e.EntityId))
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.EntityId, e.Sequence, e.Action, e.After })
            .AsAsyncEnumerable();
        await foreach (var e in entries.WithCancellation(ct))
        {
            if (!images.TryGetValue(e.EntityId, out var image))
            {
                images[e.EntityId] = image = new LedgerImage();
            }

            image.Apply(e.Sequence, e.Action, e.After);
        }

        return images;
    }

    private Task<List<LoadedRow>> LoadPage(IEntityType type, int skip, CancellationToken ct) =>
        (Task<List<LoadedRow>>)LoadPageMethod.MakeGenericMethod(type.ClrType, KeyProperty(type).ClrType).Invoke(this, [type, skip, ct])!;

    private Task<List<LoadedRow>> LoadByKeys(IEntityType type, List<object> keys, CancellationToken ct) =>
        (Task<List<LoadedRow>>)LoadByKeysMethod.MakeGenericMethod(type.ClrType, KeyProperty(type).ClrType).Invoke(this, [type, keys, ct])!;

    private async Task<List<LoadedRow>> LoadPageAsync<T, TKey>(IEntityType type, int skip, CancellationToken ct)
        where T : class
    {
        var key = KeyProperty(type).Name;
        var rows = await db.Set<T>().Unscoped(UnscopedReason).AsTracking()
            .OrderBy(e => EF.Property<TKey>(e, key)).Skip(skip).Take(Batch).ToListAsync(ct);
        return Written(rows);
    }

    private async Task<List<LoadedRow>> LoadByKeysAsync<T, TKey>(IEntityType type, List<object> keys, CancellationToken ct)
        where T : class
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var key = KeyProperty(type).Name;
        var typed = keys.Cast<TKey>().ToList();
        var rows = await db.Set<T>().Unscoped(UnscopedReason).AsTracking()
            .Where(e => typed.Contains(EF.Property<TKey>(e, key))).ToListAsync(ct);
        return Written(rows);
    }

    /// <summary>Each row written as the ledger writes an insert's after-image, then let go (rows are read tracked for their shadow keys).</summary>
    private List<LoadedRow> Written<T>(List<T> rows)
        where T : class
    {
        var written = new List<LoadedRow>(rows.Count);
        foreach (var row in rows)
        {
            var entry = db.Entry(row);
            written.Add(new LoadedRow(RowImage.KeyOf(entry), RowImage.Canonical(RowImage.RecordedProperties(entry), p => p.CurrentValue)));
            entry.State = EntityState.Detached;
        }

        return written;
    }

    private static IProperty KeyProperty(IEntityType type) => type.FindPrimaryKey()!.Properties[0];

    /// <summary>The key value an entry id stands for, or null if it cannot be one of <paramref name="type"/>'s keys.</summary>
    private static object? ParseKey(IEntityType type, string id)
    {
        var clr = KeyProperty(type).ClrType;
        object? key = clr switch
        {
            _ when clr == typeof(Guid) => Guid.TryParse(id, out var g) ? g : null,
            _ when clr == typeof(string) => id.Length is > 0 and <= 100 ? id : null,
            _ when clr == typeof(int) => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null,
            _ when clr == typeof(long) => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : null,
            _ when clr == typeof(DateOnly) => DateOnly.TryParseExact(id, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            _ => null,
        };

        // Only the id the ledger would have written for that key names the entity (no "{…}" or upper-case GUID aliases).
        return key is not null && RowImage.KeyText(key) == id ? key : null;
    }

    /// <summary>
    /// Runs <paramref name="read"/> in one read snapshot: REPEATABLE READ on PostgreSQL; on SQLite a deferred transaction,
    /// which takes no write lock, so the app's saves wait at most one batch.
    /// </summary>
    private async Task<TResult> InSnapshotAsync<TResult>(Func<Task<TResult>> read)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await read();
        }

        if (db.Database.IsNpgsql())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead);
            var result = await read();
            await transaction.CommitAsync();
            return result;
        }

        await db.Database.OpenConnectionAsync();
        try
        {
            await using var sqlite = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            await using var transaction = await db.Database.UseTransactionAsync(sqlite);
            var result = await read();
            await sqlite.CommitAsync();
            await db.Database.UseTransactionAsync(null);
            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record LoadedRow(string Key, string Image);
}

/// <summary>
/// One entity held against the ledger. <see cref="Status"/>: <c>intact</c>, <c>deleted</c> (gone, and the ledger says so),
/// or a finding: <c>mismatch</c> (<see cref="Fields"/> differ), <c>not_in_ledger</c>, <c>deleted_but_present</c>, <c>missing_row</c>.
/// </summary>
internal sealed record RowCheck(
    string EntityType, string EntityId, string Status, IReadOnlyList<string> Fields, int LedgerEntries, long? LastSequence)
{
    public const string Intact = "intact";
    public const string Deleted = "deleted";
    public const string Mismatch = "mismatch";
    public const string NotInLedger = "not_in_ledger";
    public const string DeletedButPresent = "deleted_but_present";
    public const string MissingRow = "missing_row";

    public bool IsFinding => Status is not (Intact or Deleted);
}

internal sealed record RowVerificationRun(long RowsChecked, long Findings);
