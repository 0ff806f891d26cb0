using Microsoft.EntityFrameworkCore;
using Shian.Shared.Persistence;

namespace Shian.Tests.Shared.Persistence;

/// <summary>Every model change comes with a migration for each provider; no database is needed to check that.</summary>
public sealed class PendingModelChangesTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse("run: dotnet ef migrations add <Name> --context SqliteShianDbContext");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse("run: dotnet ef migrations add <Name> --context PostgresShianDbContext");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);

        Names(sqlite).ShouldBe(Names(postgres));
    }
}
