using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Shian.Tests.Infrastructure;

/// <summary>SQL sent straight to the app's database behind its back, as someone with database access could.</summary>
public static class RawSql
{
    /// <summary>Runs <paramref name="sql"/> (quoted identifiers, <c>@name</c> parameters) and returns the rows affected.</summary>
    public static async Task<int> ExecuteAsync(this ShianAppFactory app, string sql, params (string Name, object? Value)[] parameters)
    {
        await using DbConnection connection = ShianAppFactory.IsPostgres
            ? new NpgsqlConnection(app.ConnectionString)
            : new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return await command.ExecuteNonQueryAsync();
    }
}
