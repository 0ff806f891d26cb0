using Shian.Modules.Operators.Domain;

namespace Shian.Modules.Operators.Contracts;

/// <summary>GB 11643 resident ID numbers for other modules: the one check-character implementation is Operators'.</summary>
public static class ResidentIdNumbers
{
    public static bool IsValid(string? idNumber) => ResidentIdNumber.IsValid(idNumber);
}
