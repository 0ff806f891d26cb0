using Microsoft.AspNetCore.Identity;
using Shian.Shared.Persistence;

namespace Shian.Shared.Security;

/// <summary>
/// A person who signs in. Staff carry a jurisdiction scope (city, district or town code); an enterprise user
/// carries the operator they act for.
/// </summary>
public sealed class ShianUser : IdentityUser<Guid>, IAudited
{
    public ShianUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";

    /// <summary>City (6 digits ending 00), district (6 digits) or town (9 digits) code; the user's data scope.</summary>
    public string JurisdictionCode { get; set; } = "";

    /// <summary>For enterprise users: the operator whose records they may see and change.</summary>
    public Guid? OperatorId { get; set; }

    /// <summary>Created by the demo seeder with a published password; Production refuses to start while one exists.</summary>
    public bool IsDemoAccount { get; set; }
}
