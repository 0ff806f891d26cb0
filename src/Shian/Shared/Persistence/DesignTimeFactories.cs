using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Shian.Shared.Security;

namespace Shian.Shared.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add --context SqliteShianDbContext|PostgresShianDbContext</c> build each provider's
/// model without starting the app or reaching a database.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteShianDbContext>
{
    public SqliteShianDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteShianDbContext>().UseSqlite(PersistenceExtensions.DefaultSqliteConnection).Options,
            SystemDataScope.Instance, []);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresShianDbContext>
{
    public PostgresShianDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresShianDbContext>().UseNpgsql("Host=127.0.0.1;Database=shian_design").Options,
            SystemDataScope.Instance, []);
}

/// <summary>The unrestricted scope of the system itself (design time, jobs).</summary>
internal sealed class SystemDataScope : IDataScope
{
    public static readonly SystemDataScope Instance = new();

    public string? TownCodePrefix => null;

    public Guid? OperatorId => null;
}
