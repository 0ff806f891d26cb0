using Shian.Shared.Kernel.Identifiers;

namespace Shian.Tests.Shared.Kernel.Identifiers;

/// <summary>The identifier types: NFKC + format characters out + ASCII-only checks, canonical <c>ToString</c>.</summary>
public sealed class IdentifierTypesTests
{
    [Theory]
    [InlineData("４４０７８１199001011238")] // full-width digits
    [InlineData("\u200B440781199001011238")] // zero-width space
    [InlineData("\u202E440781199001011238\u202C")] // bidi override
    [InlineData("\uFEFF440781199001011238")] // byte order mark
    [InlineData("　440781199001011238 ")] // ideographic space
    public void Disguised_resident_id_numbers_normalise_to_the_ascii_number(string input)
    {
        ResidentIdNumber.TryParse(input, out var id, out var error).ShouldBeTrue(error);
        id.ToString().ShouldBe("440781199001011238");
    }

    [Theory]
    [InlineData("\u0664\u0664\u0660\u0667\u0668\u0661\u0661\u0669\u0669\u0660\u0660\u0661\u0660\u0661\u0661\u0662\u0663\u0668")] // Arabic-Indic
    [InlineData("४४०७८११९९००१०११२३८")] // Devanagari
    [InlineData("44078119900101123\u0000")]
    [InlineData("440781199001011238\uD800")] // lone surrogate
    [InlineData("abc")]
    [InlineData(null)]
    public void Non_ascii_digits_and_garbage_are_refused(string? input)
    {
        ResidentIdNumber.TryParse(input, out _, out var error).ShouldBeFalse();
        error.ShouldBe(ResidentIdNumber.FormatCode);
    }

    [Fact]
    public void A_lower_case_x_is_the_check_character_x() =>
        ResidentIdNumber.Parse("11010519491231002x").ToString().ShouldBe("11010519491231002X");

    [Fact]
    public void A_wrong_check_character_has_its_own_code()
    {
        ResidentIdNumber.TryParse("440781199001011230", out _, out var error).ShouldBeFalse();
        error.ShouldBe(ResidentIdNumber.CheckCode);
    }

    [Theory]
    [InlineData("91440300708461136T", CreditCodeWarning.None)]
    [InlineData("91100000100003962T", CreditCodeWarning.None)] // registered at the national level (10)
    [InlineData("91440300708461136A", CreditCodeWarning.FinalCheckFailed)]
    public void Credit_codes_report_their_check_characters(string code, CreditCodeWarning expected)
    {
        SocialCreditCode.TryParse(code, out var parsed, out _).ShouldBeTrue();
        parsed.Check().ShouldBe(expected);
    }

    // Issue 11, finding 12: these structurally impossible codes passed as valid (their check characters are right).
    [Theory]
    [InlineData('0', '0', "440705", CreditCodeWarning.UnknownAuthority)]
    [InlineData('Y', 'Y', "000000", CreditCodeWarning.UnknownCategory)]
    [InlineData('9', '9', "999999", CreditCodeWarning.UnknownCategory)]
    [InlineData('9', '1', "999999", CreditCodeWarning.UnknownDivision)]
    [InlineData('9', '1', "000000", CreditCodeWarning.UnknownDivision)]
    public void Impossible_authority_category_and_division_codes_are_warned_about(char authority, char category, string division, CreditCodeWarning expected)
    {
        var code = SocialCreditCode.Compose(authority, category, division, "12345678");
        code.ChecksPass.ShouldBeTrue();
        code.Check().ShouldBe(expected);
    }

    [Theory]
    [InlineData("９１４４０３００７０８４６１１３６Ｔ")]
    [InlineData("91440300708461136t\u200D")]
    public void Full_width_and_lower_case_credit_codes_normalise(string input)
    {
        SocialCreditCode.TryParse(input, out var code, out _).ShouldBeTrue();
        code.ToString().ShouldBe("91440300708461136T");
    }

    [Theory]
    [InlineData("91440300708461136")]
    [InlineData("9144030070846113IT")]
    [InlineData("91ABCDEF708461136T")]
    public void Malformed_credit_codes_are_refused(string input) =>
        SocialCreditCode.TryParse(input, out _, out _).ShouldBeFalse();

    [Theory]
    [InlineData("4006381333931")] // GTIN-13
    [InlineData("96385074")] // GTIN-8
    [InlineData("036000291452")] // UPC-A
    [InlineData("10614141000415")] // GTIN-14
    [InlineData("４００６３８１３３３９３１")]
    public void Gtins_with_the_right_check_digit_parse(string input) =>
        Gtin.TryParse(input, out _, out var error).ShouldBeTrue(error);

    [Theory]
    [InlineData("4006381333932", Gtin.CheckCode)]
    [InlineData("400638133393", Gtin.CheckCode)]
    [InlineData("40063813339", Gtin.FormatCode)]
    [InlineData("\u0664006381333931", Gtin.FormatCode)]
    public void Bad_gtins_are_refused(string input, string code)
    {
        Gtin.TryParse(input, out _, out var error).ShouldBeFalse();
        error.ShouldBe(code);
    }

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("１３８００１３８０００", true)]
    [InlineData("0750-3456789", false)]
    [InlineData("07503456789", false)]
    public void Phone_numbers_parse(string input, bool mobile)
    {
        PhoneNumber.TryParse(input, out var phone, out var error).ShouldBeTrue(error);
        phone.IsMobile.ShouldBe(mobile);
    }

    [Theory]
    [InlineData("12800138000")]
    [InlineData("1380013800")]
    [InlineData("\u0661\u0663800138000")]
    [InlineData("0750-34567")]
    public void Bad_phone_numbers_are_refused(string input) =>
        PhoneNumber.TryParse(input, out _, out _).ShouldBeFalse();

    [Fact]
    public void Licence_numbers_parse_with_their_check_digit()
    {
        var digits = "1440705000042";
        var number = "JY" + digits + FoodLicenceNumber.CheckDigit(digits);
        FoodLicenceNumber.TryParse("ＪＹ" + number[2..], out var parsed, out _).ShouldBeTrue();
        parsed.ToString().ShouldBe(number);
        FoodLicenceNumber.TryParse(number[..15] + (char)('0' + ((number[15] - '0' + 1) % 10)), out _, out var error).ShouldBeFalse();
        error.ShouldBe(FoodLicenceNumber.CheckCode);
        FoodLicenceNumber.TryParse("JY4" + number[3..], out _, out error).ShouldBeFalse();
        error.ShouldBe(FoodLicenceNumber.FormatCode);
    }
}
