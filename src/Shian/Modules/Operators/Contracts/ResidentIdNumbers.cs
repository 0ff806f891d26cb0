using Shian.Shared.Kernel.Identifiers;

namespace Shian.Modules.Operators.Contracts;

/// <summary>GB 11643 resident ID numbers, for callers that hold a string: see <see cref="ResidentIdNumber"/>, the one implementation.</summary>
public static class ResidentIdNumbers
{
    public static bool IsValid(string? idNumber) => ResidentIdNumber.IsValid(idNumber);

    /// <summary>The 18th character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17) => ResidentIdNumber.CheckCharacter(first17);
}
