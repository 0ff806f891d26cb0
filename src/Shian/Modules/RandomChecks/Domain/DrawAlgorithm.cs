using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Shian.Modules.RandomChecks.Domain;

/// <summary>
/// The published, deterministic draw (README "Draw algorithm", version <see cref="Version"/>): anyone holding the
/// revealed seed and the committed pool must get exactly the same targets and inspectors, so nothing here may
/// depend on culture, provider collation or the clock. Pure: no database, no DI.
/// </summary>
internal static class DrawAlgorithm
{
    public const string Version = "shian-randomchecks-v1";

    public const int SeedBytes = 32;

    public static byte[] NewSeed() => RandomNumberGenerator.GetBytes(SeedBytes);

    /// <summary>The commitment published before the draw: lowercase hex SHA-256 of the 32 seed bytes.</summary>
    public static string Commitment(byte[] seed) => Convert.ToHexStringLower(SHA256.HashData(seed));

    /// <summary>
    /// The canonical text of a frozen pool: fixed header, parameters, then each list sorted by ordinal (byte)
    /// order, one item per line, every line ending in LF. Its SHA-256 is the published pool hash.
    /// </summary>
    public static string Canonical(FrozenPool pool)
    {
        var text = new StringBuilder(pool.Targets.Count * 20 + 256);
        text.Append("shian-randomchecks-pool-v1\n");
        text.Append("targets_to_draw:").Append(pool.TargetsToDraw).Append('\n');
        text.Append("inspectors_per_target:").Append(pool.InspectorsPerTarget).Append('\n');
        AppendList(text, "targets", pool.Targets);
        AppendList(text, "inspectors", pool.Inspectors);
        AppendList(text, "recusals", pool.Recusals);
        return text.ToString();
    }

    public static string Hash(string canonical) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    /// <summary>Parses <see cref="Canonical"/> back; the snapshot is stored as that text so it is hashed as stored.</summary>
    public static FrozenPool Parse(string canonical)
    {
        var lines = canonical.Split('\n');
        var at = 1;
        var k = int.Parse(lines[at++]["targets_to_draw:".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var m = int.Parse(lines[at++]["inspectors_per_target:".Length..], System.Globalization.CultureInfo.InvariantCulture);
        return new FrozenPool(ReadList(lines, ref at), ReadList(lines, ref at), ReadList(lines, ref at), k, m);
    }

    /// <summary>
    /// Draws <see cref="FrozenPool.TargetsToDraw"/> targets by a partial Fisher–Yates shuffle of the sorted target
    /// list, then for each drawn target <see cref="FrozenPool.InspectorsPerTarget"/> inspectors by a partial
    /// Fisher–Yates shuffle of the sorted inspectors minus those recused for it. Fails (no partial result) at the
    /// first target that has too few eligible inspectors.
    /// </summary>
    public static DrawOutcome Draw(byte[] seed, FrozenPool pool)
    {
        if (pool.TargetsToDraw > pool.Targets.Count || pool.TargetsToDraw < 0)
        {
            throw new ArgumentException("More targets to draw than the pool holds.", nameof(pool));
        }

        using var hmac = new HMACSHA256(seed);
        var targets = pool.Targets.ToArray();
        for (var i = 0; i < pool.TargetsToDraw; i++)
        {
            var j = i + Uniform(hmac, $"target:{i}", targets.Length - i);
            (targets[i], targets[j]) = (targets[j], targets[i]);
        }

        var recused = pool.Recusals.ToHashSet(StringComparer.Ordinal);
        var drawn = new List<DrawnTarget>(pool.TargetsToDraw);
        for (var i = 0; i < pool.TargetsToDraw; i++)
        {
            var code = targets[i];
            var eligible = pool.Inspectors.Where(id => !recused.Contains(code + " " + id)).ToArray();
            if (eligible.Length < pool.InspectorsPerTarget)
            {
                return new DrawOutcome(drawn, new DrawFailure(i, code, eligible.Length));
            }

            for (var r = 0; r < pool.InspectorsPerTarget; r++)
            {
                var j = r + Uniform(hmac, $"inspector:{i}:{r}", eligible.Length - r);
                (eligible[r], eligible[j]) = (eligible[j], eligible[r]);
            }

            drawn.Add(new DrawnTarget(i, code, eligible[..pool.InspectorsPerTarget]));
        }

        return new DrawOutcome(drawn, null);
    }

    /// <summary>
    /// An unbiased integer in [0, n): the first 8 bytes (big-endian) of HMAC-SHA256(seed, label + "#" + attempt),
    /// accepted when below the largest multiple of n that fits in 2^64 (rejection sampling), taken modulo n.
    /// </summary>
    internal static int Uniform(HMACSHA256 hmac, string label, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var zone = (UInt128.One << 64) / (ulong)n * (ulong)n;
        for (var attempt = 0; ; attempt++)
        {
            var block = hmac.ComputeHash(Encoding.UTF8.GetBytes($"{label}#{attempt}"));
            var u = BinaryPrimitives.ReadUInt64BigEndian(block);
            if (u < zone)
            {
                return (int)(u % (ulong)n);
            }
        }
    }

    private static void AppendList(StringBuilder text, string name, IReadOnlyList<string> items)
    {
        text.Append(name).Append(':').Append(items.Count).Append('\n');
        foreach (var item in items)
        {
            text.Append(item).Append('\n');
        }
    }

    private static List<string> ReadList(string[] lines, ref int at)
    {
        var count = int.Parse(lines[at++].Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        var items = lines[at..(at + count)].ToList();
        at += count;
        return items;
    }
}

/// <summary>
/// What a commitment freezes. Lists must already be sorted ordinally (see <see cref="FrozenPool.Create"/>):
/// targets are credit codes, inspectors user ids (lowercase "D" GUIDs), recusals "creditCode inspectorId".
/// </summary>
internal sealed record FrozenPool(
    IReadOnlyList<string> Targets, IReadOnlyList<string> Inspectors, IReadOnlyList<string> Recusals, int TargetsToDraw, int InspectorsPerTarget)
{
    public static FrozenPool Create(IEnumerable<string> targets, IEnumerable<string> inspectors, IEnumerable<string> recusals, int targetsToDraw, int inspectorsPerTarget) =>
        new(Sorted(targets), Sorted(inspectors), Sorted(recusals), targetsToDraw, inspectorsPerTarget);

    private static List<string> Sorted(IEnumerable<string> items)
    {
        var list = items.Distinct(StringComparer.Ordinal).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}

/// <summary>A drawn target (position in draw order, 0-based) with its inspectors in draw order.</summary>
internal sealed record DrawnTarget(int Position, string CreditCode, IReadOnlyList<string> Inspectors);

/// <summary>The target at <paramref name="Position"/> had only <paramref name="Eligible"/> non-recused inspectors.</summary>
internal sealed record DrawFailure(int Position, string CreditCode, int Eligible);

internal sealed record DrawOutcome(IReadOnlyList<DrawnTarget> Targets, DrawFailure? Failure);
