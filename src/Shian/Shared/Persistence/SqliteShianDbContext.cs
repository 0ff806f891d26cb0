using System.Globalization;
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
    /// SQLite has no date type: EF keeps a <see cref="DateTimeOffset"/> as text and refuses to ORDER BY it
    /// (the operator timeline, API keys by date). Stored in UTC, in the very text format EF already writes, the
    /// text sorts and compares chronologically, so EF may order by it; the columns and stored rows do not change.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTextConverter>();
    }

    private sealed class UtcTextConverter() : ValueConverter<DateTimeOffset, string>(
        value => value.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
        text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
    {
        private const string Format = "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz";
    }
}
