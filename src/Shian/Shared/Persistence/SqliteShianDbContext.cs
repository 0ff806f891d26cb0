using Microsoft.EntityFrameworkCore;
using Shian.Shared.Security;

namespace Shian.Shared.Persistence;

/// <summary>The SQLite flavour; exists so that its migrations (Migrations/Sqlite) are found by type.</summary>
public sealed class SqliteShianDbContext(
    DbContextOptions<SqliteShianDbContext> options,
    IDataScope dataScope,
    IEnumerable<ISaveChangesHook> hooks)
    : ShianDbContext(options, dataScope, hooks);
