using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Shared.Persistence;

namespace Shian.EndToEndTests.Crawl;

/// <summary>
/// Real values for the route parameters of every page, read from the demo database (first row of each table,
/// in a fixed order, 新会 first where the 新会 inspector should be able to open it), so the crawler opens pages
/// with content rather than 404s. A value the data set lacks is null; the crawler then opens the page with an
/// unknown value and still checks it is a proper error page.
/// </summary>
public sealed class CrawlIds
{
    private readonly Dictionary<string, string?> _values = [];

    public string? this[string name] => _values.GetValueOrDefault(name);

    public static async Task<CrawlIds> ReadAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var ids = new CrawlIds();
        const string Xinhui = "'440705%'";
        await ids.ReadAsync(connection, "operator", $"SELECT Id FROM operators_operator WHERE JurisdictionCode LIKE {Xinhui} ORDER BY Name");
        await ids.ReadAsync(connection, "inspection.signed", $"SELECT Id FROM inspections_inspection WHERE JurisdictionCode LIKE {Xinhui} AND SignedAt IS NOT NULL ORDER BY Id");
        await ids.ReadAsync(connection, "inspection.open", $"SELECT Id FROM inspections_inspection WHERE JurisdictionCode LIKE {Xinhui} AND SignedAt IS NULL ORDER BY Id");
        await ids.ReadAsync(connection, "inspection.operator", $"SELECT OperatorId FROM inspections_inspection WHERE JurisdictionCode LIKE {Xinhui} AND SignedAt IS NOT NULL ORDER BY Id");
        await ids.ReadAsync(connection, "application", "SELECT Id FROM licensing_application ORDER BY SubmittedAt");
        await ids.ReadAsync(connection, "licence", "SELECT Number FROM licensing_licence ORDER BY Number");
        await ids.ReadAsync(connection, "filing", "SELECT Number FROM licensing_filing ORDER BY Number");
        await ids.ReadAsync(connection, "document", "SELECT VerificationCode FROM documents_document ORDER BY IssuedAt");
        await ids.ReadAsync(connection, "randomcheck", "SELECT Id FROM randomchecks_task ORDER BY CreatedAt");
        await ids.ReadAsync(connection, "registration", "SELECT Id FROM registration_application ORDER BY SubmittedAt");
        await ids.ReadAsync(connection, "plan", $"SELECT Id FROM riskgrading_plan WHERE JurisdictionCode LIKE '440705%' ORDER BY Year");
        await ids.ReadAsync(connection, "establishment", "SELECT Id FROM catering_establishment ORDER BY Id");
        return ids;
    }

    private async Task ReadAsync(DbConnection connection, string name, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql + " LIMIT 1";
        try
        {
            _values[name] = (await command.ExecuteScalarAsync())?.ToString();
        }
        catch (DbException e)
        {
            throw new InvalidOperationException($"Crawl id '{name}': {sql} failed ({e.Message}); the table or column was renamed.", e);
        }
    }
}
