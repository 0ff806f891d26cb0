using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Shian.Shared.Persistence;

/// <summary>
/// Gap-free numbering from a counter table (licence numbers, credit codes): one <c>INSERT … ON CONFLICT DO UPDATE
/// … RETURNING</c> statement, which SQLite (3.35+) and PostgreSQL both run, inside the caller's transaction. On
/// PostgreSQL the updated row stays locked until commit; SQLite's write transaction is exclusive anyway; the
/// number's unique index is the last guard.
/// </summary>
public static class CounterSequences
{
    /// <summary>
    /// Bumps the counter row <paramref name="key"/> with <paramref name="upsertReturningSql"/> (one parameter,
    /// <c>@key</c>) and returns its new value. Throws when no transaction is open: a number drawn outside the
    /// issuing transaction could be lost or repeated.
    /// </summary>
    public static async Task<long> NextAsync(this ShianDbContext db, string upsertReturningSql, string key, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Sequence numbers are drawn only inside the issuing transaction.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = upsertReturningSql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
}
