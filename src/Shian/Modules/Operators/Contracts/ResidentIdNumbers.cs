namespace Shian.Modules.Operators.Contracts;

/// <summary>GB 11643 resident ID numbers: the one check-character implementation (Operators' domain delegates here).</summary>
public static class ResidentIdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValid(string? idNumber)
    {
        var id = (idNumber ?? "").Trim().ToUpperInvariant();
        return id.Length == 18 && id.AsSpan(0, 17).IndexOfAnyExceptInRange('0', '9') < 0 && CheckCharacter(id.AsSpan(0, 17)) == id[17];
    }

    /// <summary>The 18th character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
