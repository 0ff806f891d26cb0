using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>
/// The opening of every idempotent submission: the client's key from the <c>Idempotency-Key</c> header or, for
/// page forms, the <c>idempotencyKey</c> field (the header wins), trimmed; 400 with the module's
/// <c>missingCode</c> (its message takes the minimum and maximum length as {0} and {1}) when missing, shorter than
/// <c>minLength</c> or longer than 100 characters.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 100;

    /// <summary>Public (anonymous) submissions ask for a longer, random key so strangers cannot guess each other's.</summary>
    public const int PublicMinLength = 16;

    public static string Read(string? headerKey, string? bodyKey, string missingCode, int minLength = 1)
    {
        var key = (headerKey ?? bodyKey)?.Trim();
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength || key.Length < minLength)
        {
            throw ShianException.Invalid(missingCode, "idempotencyKey", minLength, MaxLength);
        }

        return key;
    }
}
