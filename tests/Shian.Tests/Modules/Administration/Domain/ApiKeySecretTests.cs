using Shian.Modules.Administration.Domain;

namespace Shian.Tests.Modules.Administration.Domain;

public sealed class ApiKeySecretTests
{
    [Fact]
    public void Every_new_key_finds_its_row_by_prefix_and_matches_its_stored_hash()
    {
        // The secret is base64url and often contains '_', the separator of the key's parts.
        for (var i = 0; i < 500; i++)
        {
            var (key, prefix, hash) = ApiKeySecret.Create();

            ApiKeySecret.PrefixOf(key).ShouldBe(prefix, key);
            ApiKeySecret.Matches(key, hash).ShouldBeTrue(key);
        }
    }

    [Fact]
    public void A_key_whose_secret_contains_underscores_still_yields_its_prefix() =>
        ApiKeySecret.PrefixOf("shk_0a1b2c3d_abc_def_ghi").ShouldBe("0a1b2c3d");

    [Theory]
    [InlineData("")]
    [InlineData("shk")]
    [InlineData("shk_0a1b2c3d")]
    [InlineData("shk_short_secret")]
    [InlineData("key_0a1b2c3d_secret")]
    public void A_malformed_key_has_no_prefix(string key) => ApiKeySecret.PrefixOf(key).ShouldBeNull();

    [Fact]
    public void A_key_differing_in_one_character_does_not_match()
    {
        var (key, _, hash) = ApiKeySecret.Create();
        var altered = key[..^1] + (key[^1] == 'A' ? 'B' : 'A');

        ApiKeySecret.Matches(altered, hash).ShouldBeFalse();
    }
}
