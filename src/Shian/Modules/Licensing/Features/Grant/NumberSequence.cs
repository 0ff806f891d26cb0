using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Features.Grant;

/// <summary>
/// The next sequence of a licence-number prefix (JY, SC and YB numbers share the counter table), drawn inside the
/// issuing transaction (<see cref="CounterSequences"/>).
/// </summary>
internal sealed class NumberSequence(ShianDbContext db)
{
    private const string NextSql =
        "INSERT INTO licensing_number_counter (\"Prefix\", \"Last\") VALUES (@key, 1) " +
        "ON CONFLICT (\"Prefix\") DO UPDATE SET \"Last\" = licensing_number_counter.\"Last\" + 1 RETURNING \"Last\"";

    public async Task<long> NextAsync(string prefix, int max, CancellationToken ct)
    {
        var sequence = await db.NextAsync(NextSql, prefix, ct);
        return sequence <= max
            ? sequence
            : throw ShianException.Conflict(LicensingErrors.SequenceExhausted);
    }
}
