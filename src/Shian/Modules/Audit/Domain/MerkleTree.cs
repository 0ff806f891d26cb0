using System.Security.Cryptography;

namespace Shian.Modules.Audit.Domain;

/// <summary>
/// The Merkle tree of RFC 6962 (Certificate Transparency) over a day's entry hashes: a leaf is
/// SHA-256(0x00 ‖ the entry's 32-byte hash), an inner node SHA-256(0x01 ‖ left ‖ right), a tree of n leaves splits at
/// the largest power of two below n, and the empty tree's root is SHA-256 of nothing. An audit path proves one entry is
/// in a published root without revealing the others; <c>scripts/ledger_verify_inclusion.py</c> checks it.
/// </summary>
internal static class MerkleTree
{
    public static byte[] LeafHash(ReadOnlySpan<byte> data)
    {
        Span<byte> input = stackalloc byte[data.Length + 1];
        input[0] = 0x00;
        data.CopyTo(input[1..]);
        return SHA256.HashData(input);
    }

    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var input = new byte[1 + left.Length + right.Length];
        input[0] = 0x01;
        left.CopyTo(input.AsSpan(1));
        right.CopyTo(input.AsSpan(1 + left.Length));
        return SHA256.HashData(input);
    }

    /// <summary>The root over <paramref name="leaves"/> (each the raw 32-byte entry hash), lower-case hex.</summary>
    public static string RootHex(IReadOnlyList<byte[]> leaves) => Convert.ToHexStringLower(Root(leaves));

    public static byte[] Root(IReadOnlyList<byte[]> leaves)
    {
        if (leaves.Count == 0)
        {
            return SHA256.HashData([]);
        }

        // Bottom-up with the RFC's split: pairing left to right and promoting an odd last node gives the same tree.
        var level = leaves.Select(l => LeafHash(l)).ToList();
        while (level.Count > 1)
        {
            var next = new List<byte[]>((level.Count + 1) / 2);
            for (var i = 0; i < level.Count; i += 2)
            {
                next.Add(i + 1 < level.Count ? NodeHash(level[i], level[i + 1]) : level[i]);
            }

            level = next;
        }

        return level[0];
    }

    /// <summary>The audit path of leaf <paramref name="index"/> (RFC 6962 §2.1.1 PATH(m, D[n])), nearest sibling first.</summary>
    public static IReadOnlyList<byte[]> Path(IReadOnlyList<byte[]> leaves, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, leaves.Count);
        var path = new List<byte[]>();
        var level = leaves.Select(l => LeafHash(l)).ToList();
        while (level.Count > 1)
        {
            var sibling = index ^ 1;
            if (sibling < level.Count)
            {
                path.Add(level[sibling]);
            }

            var next = new List<byte[]>((level.Count + 1) / 2);
            for (var i = 0; i < level.Count; i += 2)
            {
                next.Add(i + 1 < level.Count ? NodeHash(level[i], level[i + 1]) : level[i]);
            }

            level = next;
            index /= 2;
        }

        return path;
    }

    /// <summary>RFC 9162 §2.1.3.2: whether <paramref name="path"/> leads from leaf <paramref name="index"/> of a tree of <paramref name="size"/> leaves to <paramref name="root"/>.</summary>
    public static bool VerifyInclusion(ReadOnlySpan<byte> leafData, long index, long size, IReadOnlyList<byte[]> path, ReadOnlySpan<byte> root)
    {
        if (index < 0 || index >= size)
        {
            return false;
        }

        var fn = index;
        var sn = size - 1;
        var r = LeafHash(leafData);
        foreach (var p in path)
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = NodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = NodeHash(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && r.AsSpan().SequenceEqual(root);
    }
}
