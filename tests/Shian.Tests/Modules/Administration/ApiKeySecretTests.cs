using Shian.Modules.Administration.Features.ApiKeys;

namespace Shian.Tests.Modules.Administration;

public sealed class ApiKeySecretTests
{
    [Fact]
    public void A_secret_containing_underscores_still_yields_its_prefix()
    {
        ApiKeySecret.PrefixOf("shk_0a1b2c3d_ab_cd-ef_gh").ShouldBe("0a1b2c3d");
    }

    [Fact]
    public void Every_created_key_is_recognised_and_matches_its_hash()
    {
        // About half of all base64url secrets contain '_'; 200 keys make a miss practically certain if it recurs.
        for (var i = 0; i < 200; i++)
        {
            var (key, prefix, hash) = ApiKeySecret.Create();
            ApiKeySecret.PrefixOf(key).ShouldBe(prefix, key);
            ApiKeySecret.Matches(key, hash).ShouldBeTrue(key);
        }
    }

    [Theory]
    [InlineData("shk_0a1b2c3d")]
    [InlineData("xyz_0a1b2c3d_secret")]
    [InlineData("shk_short_secret")]
    public void Malformed_keys_have_no_prefix(string key)
    {
        ApiKeySecret.PrefixOf(key).ShouldBeNull();
    }
}
