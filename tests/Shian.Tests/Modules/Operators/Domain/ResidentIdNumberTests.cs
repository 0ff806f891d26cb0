using Shian.Shared.Kernel.Identifiers;

namespace Shian.Tests.Modules.Operators.Domain;

public sealed class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("440781199001011238")]
    [InlineData("44070320000229001X")]
    [InlineData(" 440781199001011238 ")]
    public void Numbers_with_the_right_check_character_are_valid(string id) =>
        ResidentIdNumber.IsValid(id).ShouldBeTrue();

    [Theory]
    [InlineData("110105194912310021")]
    [InlineData("440781199001011230")]
    [InlineData("44078119900101123X")]
    public void A_wrong_check_character_is_invalid(string id) =>
        ResidentIdNumber.IsValid(id).ShouldBeFalse();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002XX")]
    [InlineData("110105491231002")]
    public void A_number_that_is_not_18_characters_long_is_invalid(string? id) =>
        ResidentIdNumber.IsValid(id).ShouldBeFalse();

    [Theory]
    [InlineData("1101051949123100XX")]
    [InlineData("A1010519491231002X")]
    [InlineData("11010519491231-02X")]
    public void Letters_or_punctuation_before_the_check_character_are_invalid(string id) =>
        ResidentIdNumber.IsValid(id).ShouldBeFalse();
}
