using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shian.Shared.Security;

namespace Shian.Shared.Persistence;

/// <summary>Identity's tables follow the module-prefix convention (SQLite has no schemas).</summary>
internal static class IdentityTableNames
{
    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<ShianUser>().ToTable("security_user");
        builder.Entity<ShianRole>().ToTable("security_role");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("security_user_role");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("security_user_claim");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("security_user_login");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("security_user_token");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("security_role_claim");
    }
}
