using Shian.Modules.Operators.Contracts;

namespace Shian.Modules.Registration.Domain;

/// <summary>
/// The 8-character body of the 主体标识码 (GB 11714 organisation code, positions 9–16 of the credit code) for a
/// district's n-th registration: "MA" and the sequence in base 31 over the GB 32100 charset, 6 characters.
/// Codes issued since 2015 carry bodies starting with "MA" (from memory); demo and imported codes in this
/// system start with digits, so issued codes never collide with them. 31^6 − 1 sequences per district.
/// </summary>
internal static class OrganisationBody
{
    public const string Prefix = "MA";
    public const long MaxSequence = 887_503_680; // 31^6 − 1

    public static string For(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        Span<char> digits = stackalloc char[6];
        var rest = sequence;
        for (var i = 5; i >= 0; i--)
        {
            digits[i] = CreditCodes.Charset[(int)(rest % 31)];
            rest /= 31;
        }

        return Prefix + new string(digits);
    }
}
