using Microsoft.EntityFrameworkCore;
using Shian.Shared.Security;

namespace Shian.Shared.Persistence;

/// <summary>The PostgreSQL flavour; exists so that its migrations (Migrations/Postgres) are found by type.</summary>
public sealed class PostgresShianDbContext(
    DbContextOptions<PostgresShianDbContext> options,
    IDataScope dataScope,
    IEnumerable<ISaveChangesHook> hooks)
    : ShianDbContext(options, dataScope, hooks);
