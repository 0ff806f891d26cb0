using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Features.Numbering;

/// <summary>
/// The next sequence of a number prefix (SC and YB numbers; JY numbers draw the same counter table inside
/// <c>LicenceIssuer</c>). One UPSERT … RETURNING inside the caller's transaction: on PostgreSQL the row stays
/// locked until commit, SQLite's write transaction is exclusive; the number's unique index is the last guard.
/// </summary>
internal sealed class NumberSequence(ShianDbContext db)
{
    private const string NextSql =
        "INSERT INTO licensing_number_counter (\"Prefix\", \"Last\") VALUES (@prefix, 1) " +
        "ON CONFLICT (\"Prefix\") DO UPDATE SET \"Last\" = licensing_number_counter.\"Last\" + 1 RETURNING \"Last\"";

    public async Task<long> NextAsync(string prefix, int max, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Numbers are drawn only inside the issuing transaction.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = NextSql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@prefix";
        parameter.Value = prefix;
        command.Parameters.Add(parameter);
        var sequence = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        return sequence <= max
            ? sequence
            : throw new ShianException(LicensingErrors.SequenceExhausted, "该区县该类编号的流水号已用尽，请联系系统管理员。", 409);
    }
}
