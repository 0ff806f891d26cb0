using Microsoft.AspNetCore.DataProtection;

namespace Shian.Shared.Security;

/// <summary>
/// Encrypts personal data (ID numbers, phone numbers, a whistleblower's identity) before it is stored. Keys
/// live in the database (data-protection key ring), so every web node can decrypt what another wrote.
/// </summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Shian.PersonalData.v1");

    public string? Protect(string? plain) => string.IsNullOrEmpty(plain) ? null : _protector.Protect(plain);

    public string? Unprotect(string? cipher) => string.IsNullOrEmpty(cipher) ? null : _protector.Unprotect(cipher);
}
