using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Shian.Shared.Security;

namespace Shian.Shared.Persistence;

/// <summary>The SQLite flavour; exists so that its migrations (Migrations/Sqlite) are found by type.</summary>
public sealed class SqliteShianDbContext(
    DbContextOptions<SqliteShianDbContext> options,
    IDataScope dataScope,
    IEnumerable<ISaveChangesHook> hooks)
    : ShianDbContext(options, dataScope, hooks)
{
    /// <summary>
    /// SQLite has no date-time type, and EF cannot order or compare DateTimeOffset stored as text. Stored as a
    /// 64-bit number (ticks and offset), times sort and compare in SQL; every time we write is UTC.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
