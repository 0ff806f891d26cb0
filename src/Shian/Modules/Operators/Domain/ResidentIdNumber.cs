using Shian.Modules.Operators.Contracts;

namespace Shian.Modules.Operators.Domain;

/// <summary>GB 11643 18-digit resident identity number: weighted mod-11 check character (implemented in Contracts).</summary>
internal static class ResidentIdNumber
{
    public static bool IsValid(string? input) => ResidentIdNumbers.IsValid(input);

    /// <summary>The 18th character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17) => ResidentIdNumbers.CheckCharacter(first17);
}
