using Shian.Modules.Operators.Contracts;
using Shian.Modules.Registration.Domain;

namespace Shian.Tests.Modules.Registration.Domain;

public sealed class RegistrationDomainTests
{
    [Theory]
    [InlineData('9', '1', "440300", "70846113", "91440300708461136T")]
    [InlineData('9', '1', "330100", "79965505", "91330100799655058B")]
    [InlineData('9', '1', "440300", "19220382", "914403001922038216")]
    public void Composing_known_codes_gives_the_published_check_characters(char authority, char category, string district, string body, string expected) =>
        CreditCodes.Compose(authority, category, district, body).ShouldBe(expected);

    [Theory]
    [InlineData(1L, "MA000001")]
    [InlineData(30L, "MA00000Y")]
    [InlineData(31L, "MA000010")]
    [InlineData(OrganisationBody.MaxSequence, "MAYYYYYY")]
    public void Organisation_bodies_count_in_base_31_after_MA(long sequence, string expected) =>
        OrganisationBody.For(sequence).ShouldBe(expected);

    [Fact]
    public void Every_issued_body_gives_a_valid_code_and_no_two_sequences_share_one()
    {
        var codes = Enumerable.Range(1, 5000).Select(i => CreditCodes.Compose('9', '2', "440705", OrganisationBody.For(i))).ToList();

        codes.ShouldAllBe(c => CreditCodes.IsValid(c));
        codes.Distinct().Count().ShouldBe(codes.Count);
        Should.Throw<ArgumentOutOfRangeException>(() => OrganisationBody.For(OrganisationBody.MaxSequence + 1));
        Should.Throw<ArgumentException>(() => CreditCodes.Compose('9', '1', "4407", "MA000001"));
        Should.Throw<ArgumentException>(() => CreditCodes.Compose('9', '1', "440705", "MA00000I"));
    }

    [Fact]
    public void Names_compare_without_white_space_and_with_either_bracket_width()
    {
        RegistrationApplication.Normalize(" 江门市 好味（新会）餐饮有限公司 ").ShouldBe(RegistrationApplication.Normalize("江门市好味(新会)餐饮有限公司"));
        RegistrationApplication.Normalize("江门市好味餐饮有限公司").ShouldNotBe(RegistrationApplication.Normalize("江门市好味饮食有限公司"));
    }
}
