using Shian.Shared.Kernel;

namespace Shian.Tests.Shared.Kernel;

public sealed class JurisdictionCodesTests
{
    [Theory]
    [InlineData("440700", true, false, false)]
    [InlineData("440781", false, true, false)]
    [InlineData("440705", false, true, false)]
    [InlineData("440781001", false, false, true)]
    public void A_code_is_a_city_a_district_or_a_town_by_its_shape(string code, bool city, bool district, bool town)
    {
        JurisdictionCodes.IsCity(code).ShouldBe(city);
        JurisdictionCodes.IsDistrict(code).ShouldBe(district);
        JurisdictionCodes.IsTown(code).ShouldBe(town);
    }

    [Theory]
    [InlineData("440700", "4407")]
    [InlineData("440781", "440781")]
    [InlineData("440705001", "440705001")]
    public void The_scope_prefix_of_a_city_drops_its_trailing_zeros(string scope, string prefix) =>
        JurisdictionCodes.ScopePrefix(scope).ShouldBe(prefix);

    [Theory]
    [InlineData("440700", "440781001", true)]
    [InlineData("440700", "440705002", true)]
    [InlineData("440781", "440781001", true)]
    [InlineData("440781", "440705001", false)]
    [InlineData("440705001", "440705001", true)]
    [InlineData("440705001", "440705002", false)]
    [InlineData("440700", "440100001", false)]
    public void A_scope_contains_exactly_the_towns_below_it(string scope, string town, bool contained) =>
        JurisdictionCodes.Contains(scope, town).ShouldBe(contained);

    [Fact]
    public void The_district_of_a_town_is_its_first_six_digits() =>
        JurisdictionCodes.DistrictOf("440781001").ShouldBe("440781");

    [Theory]
    [InlineData("4407")]
    [InlineData("440781")]
    [InlineData("440705001")]
    [InlineData("9")]
    public void The_prefix_range_holds_exactly_the_codes_that_start_with_the_prefix(string prefix)
    {
        var (low, high) = JurisdictionCodes.PrefixRange(prefix);
        var random = new Random(prefix.GetHashCode(StringComparison.Ordinal));
        var codes = Enumerable.Range(0, 20_000)
            .Select(_ => random.Next(0, 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture)[..random.Next(4, 10)])
            .Concat([prefix, low, high, (prefix + "000")[..Math.Min(9, prefix.Length + 3)], "440781999", "440782000", "44078", "4407809"]);

        foreach (var code in codes)
        {
            var inRange = string.CompareOrdinal(code, low) >= 0 && string.CompareOrdinal(code, high) <= 0;
            inRange.ShouldBe(code.StartsWith(prefix, StringComparison.Ordinal), code);
        }
    }

    [Theory]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("44a")]
    public void A_prefix_that_is_not_digits_gives_an_empty_range(string prefix)
    {
        var (low, high) = JurisdictionCodes.PrefixRange(prefix);

        string.CompareOrdinal(low, high).ShouldBeGreaterThan(0);
    }
}
