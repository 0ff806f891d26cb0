using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Domain;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Audit.VerifyRows;

/// <summary>
/// Someone with database access changes a domain row behind the app's back (issue 11, finding 5: an operator's name and
/// jurisdiction moved to 台山 verified as intact). Row verification holds every audited row against the ledger's last
/// image of it. Each test owns its app, since it tampers on purpose.
/// </summary>
public sealed class RowVerificationTests
{
    [Fact]
    public async Task A_clean_database_verifies_clean_row_by_row()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = TestData.Operator(TestData.XinhuiTown);
        var id = await TestData.CreateOperatorAsync(admin, body);
        (await admin.PutJsonAsync($"/api/v1/operators/{id}", new Dictionary<string, object?>(body) { ["name"] = "改名后的商号" + TestData.Token() }))
            .EnsureSuccessStatusCode();

        var run = await RunVerifyJobAsync(admin);

        run.GetProperty("lastSucceeded").GetBoolean().ShouldBeTrue(run.ToString());
        run.GetProperty("lastSummary").GetString()!.ShouldContain("记录链完整");
        run.GetProperty("lastSummary").GetString()!.ShouldEndWith("发现 0 处问题");
        var check = await (await admin.GetAsync(AuditApiPaths.Row("Operator", id))).ReadJsonAsync();
        check.GetProperty("status").GetString().ShouldBe("intact");
        check.GetProperty("ledgerEntries").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task An_operator_moved_to_taishan_with_raw_sql_is_found_on_demand_and_by_the_job()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin, TestData.Operator(TestData.XinhuiTown));
        (await (await admin.GetAsync(AuditApiPaths.Verify)).ReadJsonAsync()).GetProperty("isIntact").GetBoolean().ShouldBeTrue();

        (await app.ExecuteAsync(
            """UPDATE operators_operator SET "Name" = @name, "JurisdictionCode" = @town WHERE "Id" = @id""",
            ("@name", "台山伪造餐馆"), ("@town", TestData.TaishanTown), ("@id", SqlId(id)))).ShouldBe(1);

        // The chain itself is untouched, so chain verification alone cannot see it ...
        (await (await admin.GetAsync(AuditApiPaths.Verify)).ReadJsonAsync()).GetProperty("isIntact").GetBoolean().ShouldBeTrue();

        // ... the row check does, and names the fields.
        var check = await (await admin.GetAsync(AuditApiPaths.Row("Operator", id))).ReadJsonAsync();
        check.GetProperty("status").GetString().ShouldBe("mismatch");
        check.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["JurisdictionCode", "Name"], ignoreOrder: true);

        var run = await RunVerifyJobAsync(admin);
        run.GetProperty("lastSummary").GetString()!.ShouldEndWith("发现 1 处问题");
        var page = await admin.GetStringAsync(AuditApiPaths.Page);
        page.ShouldContain(id.ToString());
        page.ShouldContain("与账本不一致");
    }

    [Fact]
    public async Task A_row_deleted_behind_the_apps_back_is_found()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin);
        var premisesId = await app.QueryAsync(db => db.Set<AuditEntry>()
            .Where(e => e.EntityType == "Premises" && e.After!.Contains(id.ToString())).Select(e => e.EntityId).SingleAsync());

        (await app.ExecuteAsync("""DELETE FROM operators_premises WHERE "Id" = @id""", ("@id", SqlId(Guid.Parse(premisesId))))).ShouldBe(1);

        var gone = await (await admin.GetAsync(AuditApiPaths.Row("Premises", Guid.Parse(premisesId)))).ReadJsonAsync();
        gone.GetProperty("status").GetString().ShouldBe("missing_row");

        var run = await RunVerifyJobAsync(admin);
        run.GetProperty("lastSummary").GetString()!.ShouldEndWith("发现 1 处问题");
        (await admin.GetStringAsync(AuditApiPaths.Page)).ShouldContain(premisesId);
    }

    [Fact]
    public async Task Asking_about_an_unknown_type_or_a_malformed_id_is_a_4xx()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        await (await admin.GetAsync($"{AuditApiPaths.Root}/rows/NoSuchType/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "audit.unknown_entity_type");
        await (await admin.GetAsync($"{AuditApiPaths.Root}/rows/Operator/abc")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "audit.invalid_entity_id");
        await (await admin.GetAsync(AuditApiPaths.Row("Operator", Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "audit.entry_not_found");
    }

    private static async Task<JsonElement> RunVerifyJobAsync(HttpClient admin)
    {
        var response = await admin.PostAsync(AuditApiPaths.VerifyJob, null);
        return await response.ReadJsonAsync();
    }

    /// <summary>A GUID as the provider stores it (SQLite: upper-case text; PostgreSQL: uuid).</summary>
    private static object SqlId(Guid id) => ShianAppFactory.IsPostgres ? id : id.ToString().ToUpperInvariant();
}
