using Shian.Modules.Licensing.Domain;

namespace Shian.Tests.Modules.Licensing.Domain;

public sealed class LicenceNumberTests
{
    [Fact]
    public void Composed_number_has_the_documented_shape_and_a_valid_check_digit()
    {
        var number = LicenceNumber.Compose(LicenceNumber.Prefix(2, "440705"), 42);

        number.ShouldStartWith("JY2440705000042");
        number.Length.ShouldBe(16);
        number.ShouldMatch(@"^JY[1-3]\d{13}$");
        LicenceNumber.IsWellFormed(number).ShouldBeTrue();
    }

    [Fact]
    public void Every_single_digit_error_is_caught()
    {
        var number = LicenceNumber.Compose(LicenceNumber.Prefix(1, "440781"), 123456);
        for (var i = 3; i < 16; i++)
        {
            for (var d = '0'; d <= '9'; d++)
            {
                if (number[i] != d)
                {
                    LicenceNumber.IsWellFormed(number[..i] + d + number[(i + 1)..]).ShouldBeFalse($"{i}:{d}");
                }
            }
        }
    }
}
