using Shian.Modules.Licensing.Domain;

namespace Shian.Tests.Modules.Licensing.Domain;

public sealed class LifecycleRulesTests
{
    [Theory]
    [InlineData("Change", "Valid", true)]
    [InlineData("Renewal", "Expired", false)]
    [InlineData("Renewal", "Cancelled", false)]
    [InlineData("Replacement", "Revoked", false)]
    [InlineData("Cancellation", "Expired", true)]
    [InlineData("Cancellation", "Cancelled", false)]
    [InlineData("Change", "Expired", false)]
    public void A_licence_state_admits_only_the_kinds_that_make_sense(string kind, string status, bool admitted) =>
        (LifecycleRules.StateRefusal(Enum.Parse<ApplicationKind>(kind), Enum.Parse<LicenceStatus>(status)) is null).ShouldBe(admitted);

    [Fact]
    public void SC_numbers_carry_category_district_sequence_and_a_check_digit_that_catches_a_typo()
    {
        var number = ProductionLicenceNumber.Compose(ProductionLicenceNumber.Prefix("103", "440781"), 42);

        number.ShouldStartWith("SC1034407810042");
        number.Length.ShouldBe(16);
        ProductionLicenceNumber.IsWellFormed(number).ShouldBeTrue();
        ProductionLicenceNumber.IsWellFormed(number[..14] + (number[14] == '9' ? '8' : '9') + number[15]).ShouldBeFalse();
        ProductionLicenceNumber.IsWellFormed("SC3034407810042" + number[15]).ShouldBeFalse();
        ProductionLicenceNumber.IsWellFormed("JY1034407810042" + number[15]).ShouldBeFalse();
    }

    [Fact]
    public void YB_filing_numbers_follow_the_JY_layout_with_their_own_prefix()
    {
        var number = FilingNumber.Compose(FilingNumber.Prefix("440705"), 7);

        number.ShouldStartWith("YB1440705000007");
        FilingNumber.IsWellFormed(number).ShouldBeTrue();
        FilingNumber.IsWellFormed("YB1440705000008" + number[15]).ShouldBeFalse();
        LicenceNumber.IsWellFormed(number).ShouldBeFalse();
    }
}
