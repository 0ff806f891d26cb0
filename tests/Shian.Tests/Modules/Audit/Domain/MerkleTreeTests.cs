using System.Security.Cryptography;
using Shian.Modules.Audit.Domain;

namespace Shian.Tests.Modules.Audit.Domain;

/// <summary>The ledger's Merkle tree is RFC 6962's: the Certificate Transparency reference vectors, and proofs for every leaf.</summary>
public sealed class MerkleTreeTests
{
    private static readonly byte[][] Leaves =
        [.. new[] { "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f" }.Select(Convert.FromHexString)];

    [Theory]
    [InlineData(0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData(1, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")]
    [InlineData(2, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")]
    [InlineData(3, "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77")]
    [InlineData(5, "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4")]
    [InlineData(7, "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c")]
    [InlineData(8, "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328")]
    public void Roots_match_the_certificate_transparency_reference(int size, string root) =>
        MerkleTree.RootHex(Leaves[..size]).ShouldBe(root);

    [Fact]
    public void Every_leaf_of_every_tree_size_proves_its_inclusion_and_a_changed_byte_fails()
    {
        for (var size = 1; size <= 33; size++)
        {
            var leaves = Enumerable.Range(0, size).Select(i => SHA256.HashData(BitConverter.GetBytes(i))).ToList();
            var root = MerkleTree.Root(leaves);
            for (var index = 0; index < size; index++)
            {
                var path = MerkleTree.Path(leaves, index);
                MerkleTree.VerifyInclusion(leaves[index], index, size, path, root).ShouldBeTrue($"leaf {index} of {size}");

                var changed = (byte[])leaves[index].Clone();
                changed[7] ^= 0x01;
                MerkleTree.VerifyInclusion(changed, index, size, path, root).ShouldBeFalse();
                if (size > 1)
                {
                    MerkleTree.VerifyInclusion(leaves[index], (index + 1) % size, size, path, root).ShouldBeFalse();
                }
            }
        }
    }
}
