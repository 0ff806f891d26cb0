using Microsoft.AspNetCore.Identity;

namespace Shian.Shared.Security;

/// <summary>Chinese wording of ASP.NET Core Identity's password and user errors.</summary>
public static class IdentityMessages
{
    public static string Translate(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordMismatch) => "当前密码不正确。",
        nameof(IdentityErrorDescriber.PasswordTooShort) => "密码太短，至少10位。",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "密码须包含数字。",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "密码须包含小写字母。",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "密码须包含大写字母。",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "密码须包含符号。",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "密码中不同字符太少。",
        nameof(IdentityErrorDescriber.DuplicateUserName) => "用户名已存在。",
        _ => error.Description,
    };
}
