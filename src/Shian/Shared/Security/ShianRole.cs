using Microsoft.AspNetCore.Identity;

namespace Shian.Shared.Security;

public sealed class ShianRole : IdentityRole<Guid>
{
    public ShianRole()
    {
        Id = Guid.CreateVersion7();
    }

    public ShianRole(string name)
        : this()
    {
        Name = name;
        NormalizedName = name.ToUpperInvariant();
    }
}
