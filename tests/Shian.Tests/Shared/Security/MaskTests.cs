using Shian.Shared.Security;

namespace Shian.Tests.Shared.Security;

public sealed class MaskTests
{
    [Fact]
    public void An_id_number_keeps_its_first_four_and_last_four_characters() =>
        Mask.IdNumber("440703199001011234").ShouldBe("4407**********1234");

    [Fact]
    public void A_mobile_number_keeps_its_first_three_and_last_four_digits() =>
        Mask.Phone("13812345678").ShouldBe("138****5678");

    [Fact]
    public void A_landline_number_is_masked_in_the_middle_too() =>
        Mask.Phone("0750-3456789").ShouldBe("075*****6789");

    [Fact]
    public void A_person_name_keeps_only_the_family_name()
    {
        Mask.PersonName("张三丰").ShouldBe("张**");
        Mask.PersonName("李四").ShouldBe("李*");
    }

    [Theory]
    [InlineData("1234567", "*******")]
    [InlineData("12345678", "********")]
    [InlineData("1", "*")]
    public void A_value_too_short_to_keep_anything_is_masked_entirely(string value, string expected) =>
        Mask.IdNumber(value).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Nothing_masks_to_nothing(string? value)
    {
        Mask.IdNumber(value).ShouldBe("");
        Mask.Phone(value).ShouldBe("");
        Mask.PersonName(value).ShouldBe("");
    }

    [Fact]
    public void A_masked_value_never_contains_the_hidden_digits()
    {
        var masked = Mask.IdNumber("440781199001011238");

        masked.Length.ShouldBe(18);
        masked.ShouldNotContain("19900101");
    }
}
