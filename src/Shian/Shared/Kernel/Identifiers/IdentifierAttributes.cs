using System.ComponentModel.DataAnnotations;

namespace Shian.Shared.Kernel.Identifiers;

/// <summary>
/// Validation attributes built on the identifier types, so a request checks an identifier the one way the type
/// does (never with <c>\d</c>). Empty values pass (pair with <c>[Required]</c>); <c>ErrorMessage</c> is the
/// module's message key, as for every DataAnnotation here.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class ResidentIdNumberFormatAttribute : ValidationAttribute
{
    /// <summary>Check the form only, when the request reports a wrong check character under a code of its own.</summary>
    public bool FormOnly { get; set; }

    public override bool IsValid(object? value) =>
        value is null or "" ||
        ResidentIdNumber.TryParse(value as string, out _, out var error) || (FormOnly && error == ResidentIdNumber.CheckCode);
}

/// <inheritdoc cref="ResidentIdNumberFormatAttribute"/>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class CreditCodeFormatAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null or "" || SocialCreditCode.TryParse(value as string, out _, out _);
}

/// <inheritdoc cref="ResidentIdNumberFormatAttribute"/>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class PhoneNumberFormatAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null or "" || PhoneNumber.TryParse(value as string, out _, out _);
}

/// <summary>
/// A list of resident ID numbers checked element by element: a null, empty or malformed element is an error at
/// <c>Member[index]</c>, so the client learns which one (the API reports it as <c>keyStaffIdNumbers[2]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class ResidentIdNumberListAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not IEnumerable<string?> items)
        {
            return ValidationResult.Success;
        }

        var member = validationContext.MemberName ?? "";
        var index = 0;
        foreach (var item in items)
        {
            if (!ResidentIdNumber.IsValid(item))
            {
                return new ValidationResult(ErrorMessage, [$"{member}[{index}]"]);
            }

            index++;
        }

        return ValidationResult.Success;
    }
}
