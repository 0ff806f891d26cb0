using System.Security.Cryptography;
using Shian.Modules.RandomChecks.Domain;

namespace Shian.Tests.Modules.RandomChecks.Domain;

/// <summary>The published algorithm itself: deterministic, seed-sensitive, recusal-respecting, unbiased enough to notice.</summary>
public sealed class DrawAlgorithmTests
{
    private static readonly string[] Inspectors = Enumerable.Range(0, 8).Select(i => Guid.CreateVersion7().ToString()).ToArray();

    private static FrozenPool Pool(int size = 1000, int draw = 50, int perTarget = 2, IEnumerable<string>? recusals = null) =>
        FrozenPool.Create(Enumerable.Range(0, size).Select(i => $"91440783{i:D8}XX"), Inspectors, recusals ?? [], draw, perTarget);

    [Fact]
    public void The_same_seed_and_pool_give_the_same_targets_and_inspectors()
    {
        var seed = DrawAlgorithm.NewSeed();
        var pool = Pool();

        var first = DrawAlgorithm.Draw(seed, pool);
        var again = DrawAlgorithm.Draw(seed.ToArray(), DrawAlgorithm.Parse(DrawAlgorithm.Canonical(pool)));

        first.Failure.ShouldBeNull();
        first.Targets.Count.ShouldBe(50);
        first.Targets.Select(t => t.CreditCode).Distinct().Count().ShouldBe(50);
        first.Targets.ShouldAllBe(t => t.Inspectors.Count == 2 && t.Inspectors.Distinct().Count() == 2);
        again.Targets.Select(t => (t.CreditCode, string.Join(",", t.Inspectors)))
            .ShouldBe(first.Targets.Select(t => (t.CreditCode, string.Join(",", t.Inspectors))));
    }

    [Fact]
    public void A_changed_seed_gives_a_different_draw()
    {
        var seed = DrawAlgorithm.NewSeed();
        var other = seed.ToArray();
        other[0] ^= 1;

        var a = DrawAlgorithm.Draw(seed, Pool()).Targets.Select(t => t.CreditCode).ToList();
        var b = DrawAlgorithm.Draw(other, Pool()).Targets.Select(t => t.CreditCode).ToList();

        b.ShouldNotBe(a);
    }

    [Fact]
    public void The_commitment_is_the_sha256_of_the_seed_and_the_pool_hash_covers_every_list()
    {
        var seed = DrawAlgorithm.NewSeed();
        DrawAlgorithm.Commitment(seed).ShouldBe(Convert.ToHexStringLower(SHA256.HashData(seed)));

        var hash = DrawAlgorithm.Hash(DrawAlgorithm.Canonical(Pool()));
        DrawAlgorithm.Hash(DrawAlgorithm.Canonical(Pool(size: 999))).ShouldNotBe(hash);
        DrawAlgorithm.Hash(DrawAlgorithm.Canonical(Pool(draw: 51))).ShouldNotBe(hash);
        DrawAlgorithm.Hash(DrawAlgorithm.Canonical(Pool(recusals: [$"9144078300000000XX {Inspectors[0]}"]))).ShouldNotBe(hash);
    }

    [Fact]
    public void A_recused_inspector_is_never_drawn_for_that_target_and_too_few_left_fails_clearly()
    {
        var code = "9144078300000007XX";
        var recusals = Inspectors.Skip(2).Select(i => $"{code} {i}").ToList();

        // Every target drawn, two inspectors each: the target with six of eight recused must get exactly the other two.
        var outcome = DrawAlgorithm.Draw(DrawAlgorithm.NewSeed(), Pool(size: 20, draw: 20, recusals: recusals));
        outcome.Failure.ShouldBeNull();
        outcome.Targets.Single(t => t.CreditCode == code).Inspectors.Order().ShouldBe(Inspectors.Take(2).Order());

        var failed = DrawAlgorithm.Draw(DrawAlgorithm.NewSeed(), Pool(size: 20, draw: 20, perTarget: 3, recusals: recusals));
        failed.Failure.ShouldNotBeNull();
        failed.Failure.CreditCode.ShouldBe(code);
        failed.Failure.Eligible.ShouldBe(2);
    }

    [Fact]
    public void Every_operator_is_about_equally_likely_to_be_drawn()
    {
        // 2,000 draws of 1 from 10: each count near 200. A modulo-biased or off-by-one shuffle leaves one out or doubles one.
        var counts = new int[10];
        var pool = Pool(size: 10, draw: 1);
        for (var i = 0; i < 2000; i++)
        {
            var code = DrawAlgorithm.Draw(DrawAlgorithm.NewSeed(), pool).Targets[0].CreditCode;
            counts[int.Parse(code[8..16], System.Globalization.CultureInfo.InvariantCulture)]++;
        }

        counts.ShouldAllBe(c => c > 130 && c < 270);
    }
}
