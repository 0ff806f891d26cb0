using Microsoft.EntityFrameworkCore;

namespace Shian.Shared.Persistence;

public static class PersistenceExtensions
{
    public const string ConnectionStringName = "Shian";
    public const string DefaultSqliteConnection = "Data Source=data/shian.db";

    /// <summary>
    /// Registers the provider's context as <see cref="ShianDbContext"/> (scoped, for requests and pages) and
    /// a factory (for jobs and interactive islands).
    /// </summary>
    public static IHostApplicationBuilder AddShianDatabase(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations();
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Shian is empty. Set it, e.g. " +
                    "ConnectionStrings__Shian='Host=127.0.0.1;Database=shian;Username=shian;Password=…'.");
            }

            builder.Services.AddDbContext<ShianDbContext, PostgresShianDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection : connectionString;
            EnsureSqliteFolder(connectionString);
            builder.Services.AddDbContext<ShianDbContext, SqliteShianDbContext>(o => o.UseSqlite(connectionString));
        }

        return builder;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
