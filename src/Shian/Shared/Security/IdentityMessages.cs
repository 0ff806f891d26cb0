using Microsoft.AspNetCore.Identity;
using Shian.Shared.Kernel;

namespace Shian.Shared.Security;

/// <summary>ASP.NET Core Identity's password and user errors in the reader's language (UiText <c>security.identity.*</c>).</summary>
public static class IdentityMessages
{
    public static string Translate(IdentityError error)
    {
        var key = "security.identity." + error.Code;
        return Messages.IsKey(key) && Messages.Find(key, System.Globalization.CultureInfo.CurrentUICulture) is not null
            ? Messages.Get(key)
            : error.Description;
    }
}
