using Shian.Modules.Operators.Domain;

namespace Shian.Tests.Modules.Operators.Domain;

public sealed class CategoryCodeListTests
{
    [Fact]
    public void Codes_are_stored_with_delimiters_on_both_ends_so_that_a_contains_match_is_exact()
    {
        var column = CategoryCodeList.Format(["catering", "sales"]);

        column.ShouldBe(";catering;sales;");
        column.Contains(CategoryCodeList.Format(["catering"]), StringComparison.Ordinal).ShouldBeTrue();
        CategoryCodeList.Format(["unit_canteen"]).Contains(CategoryCodeList.Format(["canteen"]), StringComparison.Ordinal).ShouldBeFalse();
    }

    [Fact]
    public void Blank_codes_are_dropped_codes_are_trimmed_and_duplicates_kept_once() =>
        CategoryCodeList.Format([" catering ", "", "   ", "sales", "catering"]).ShouldBe(";catering;sales;");

    [Fact]
    public void No_codes_is_an_empty_column()
    {
        CategoryCodeList.Format([]).ShouldBe("");
        CategoryCodeList.Format(["", " "]).ShouldBe("");
        CategoryCodeList.Parse("").ShouldBeEmpty();
    }

    [Fact]
    public void Parsing_the_column_gives_back_the_codes_in_order()
    {
        string[] codes = ["school_canteen", "catering", "production"];

        CategoryCodeList.Parse(CategoryCodeList.Format(codes)).ShouldBe(codes);
    }
}
