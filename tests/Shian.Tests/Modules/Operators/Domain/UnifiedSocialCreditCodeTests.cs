using Shian.Modules.Operators.Domain;

namespace Shian.Tests.Modules.Operators.Domain;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91440300708461136T")]
    [InlineData("91330100799655058B")]
    [InlineData("914403001922038216")]
    [InlineData("91520000214434146R")]
    [InlineData("91100000100003962T")]
    public void Real_codes_of_registered_companies_are_valid(string code) =>
        UnifiedSocialCreditCode.Check(code).ShouldBe(CreditCodeCheck.Valid);

    [Theory]
    [InlineData("91440300708461136t")]
    [InlineData("  91440300708461136T ")]
    public void A_pasted_code_in_lower_case_or_with_spaces_is_still_valid(string code) =>
        UnifiedSocialCreditCode.Check(code).ShouldBe(CreditCodeCheck.Valid);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("9144030070846113")]
    [InlineData("91440300708461136")]
    [InlineData("91440300708461136TT")]
    public void A_code_that_is_not_18_characters_long_has_the_wrong_length(string? code) =>
        UnifiedSocialCreditCode.Check(code).ShouldBe(CreditCodeCheck.WrongLength);

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void The_letters_I_O_S_V_and_Z_are_never_allowed(char forbidden)
    {
        // Position 9 (the organisation code) and position 18 (the final check) both reject the letter.
        UnifiedSocialCreditCode.Check("91440300" + forbidden + "08461136T").ShouldBe(CreditCodeCheck.InvalidCharacters);
        UnifiedSocialCreditCode.Check("91440300708461136" + forbidden).ShouldBe(CreditCodeCheck.InvalidCharacters);
    }

    [Theory]
    [InlineData("91A40300708461136T")]
    [InlineData("914403B0708461136T")]
    [InlineData("9144030Y708461136T")]
    public void Positions_3_to_8_must_be_the_digits_of_a_region_code(string code) =>
        UnifiedSocialCreditCode.Check(code).ShouldBe(CreditCodeCheck.InvalidCharacters);

    [Theory]
    [InlineData("91440300-08461136T")]
    [InlineData("91440300٧08461136T")] // an Arabic-Indic 7
    [InlineData("91440300中08461136T")]
    public void Punctuation_non_ascii_digits_and_chinese_characters_are_invalid_characters(string code) =>
        UnifiedSocialCreditCode.Check(code).ShouldBe(CreditCodeCheck.InvalidCharacters);

    [Theory]
    [InlineData("91440300７08461136T")]
    [InlineData("９１４４０３００７０８４６１１３６Ｔ")]
    [InlineData("​91440300708461136t")]
    public void Full_width_forms_and_invisible_marks_are_normalised_before_the_check(string code) =>
        UnifiedSocialCreditCode.Check(code).ShouldBe(CreditCodeCheck.Valid);

    // Issue 11, finding 12: these codes were accepted as valid; each now needs an authorised override.
    [Theory]
    [InlineData("00440705123456788Y", nameof(CreditCodeCheck.UnknownAuthority))]
    [InlineData("YY000000123456788B", nameof(CreditCodeCheck.UnknownCategory))]
    [InlineData("99999999123456788Y", nameof(CreditCodeCheck.UnknownCategory))]
    public void Structurally_impossible_codes_from_the_issue_are_warnings(string code, string expected) =>
        UnifiedSocialCreditCode.Check(code).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("91440300708461135T")]
    [InlineData("91440300708461137T")]
    [InlineData("91330100799655057B")]
    public void A_wrong_organisation_check_character_at_position_17_is_found(string code) =>
        UnifiedSocialCreditCode.Check(code).ShouldBe(CreditCodeCheck.OrganisationCheckFailed);

    [Theory]
    [InlineData("91440300708461136A")]
    [InlineData("91330100799655058C")]
    [InlineData("914403001922038210")]
    public void A_wrong_final_check_character_at_position_18_is_found(string code) =>
        UnifiedSocialCreditCode.Check(code).ShouldBe(CreditCodeCheck.FinalCheckFailed);

    [Fact]
    public void Every_other_final_character_than_the_right_one_fails_the_check()
    {
        const string first17 = "91440300708461136";
        foreach (var c in UnifiedSocialCreditCode.Charset.Where(c => c != 'T'))
        {
            UnifiedSocialCreditCode.Check(first17 + c).ShouldBe(CreditCodeCheck.FinalCheckFailed, $"final character {c}");
        }
    }

    [Fact]
    public void The_organisation_check_character_may_be_X()
    {
        // Find an organisation body whose GB 11714 check character is X (11 - sum mod 11 = 10) and build a full code.
        var body = Enumerable.Range(0, 100_000).Select(i => i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture))
            .First(b => UnifiedSocialCreditCode.OrganisationCheckCharacter(b) == 'X');
        var first17 = "91440781" + body + "X";
        var code = first17 + UnifiedSocialCreditCode.FinalCheckCharacter(first17);

        UnifiedSocialCreditCode.Check(code).ShouldBe(CreditCodeCheck.Valid);
    }

    [Fact]
    public void The_charset_has_31_characters_without_I_O_S_V_Z()
    {
        UnifiedSocialCreditCode.Charset.Length.ShouldBe(31);
        UnifiedSocialCreditCode.Charset.ShouldNotContain('I');
        UnifiedSocialCreditCode.Charset.ShouldNotContain('O');
        UnifiedSocialCreditCode.Charset.ShouldNotContain('S');
        UnifiedSocialCreditCode.Charset.ShouldNotContain('V');
        UnifiedSocialCreditCode.Charset.ShouldNotContain('Z');
    }
}
