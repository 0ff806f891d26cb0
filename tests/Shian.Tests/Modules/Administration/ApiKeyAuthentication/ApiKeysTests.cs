using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Administration.ApiKeyAuthentication;

/// <summary>Machine clients authenticate with hashed API keys whose scopes grant permissions.</summary>
[Collection(AppCollection.Name)]
public sealed class ApiKeysTests(ShianAppFactory app)
{
    [Fact]
    public async Task A_new_key_is_shown_once_and_authenticates_with_its_scopes()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var (_, key) = await CreateKeyAsync(admin, ["operators:read"], "440700");
        var operatorId = await TestData.CreateOperatorAsync(admin, TestData.Operator(TestData.XinhuiTown));
        using var machine = MachineClient(key);
        var before = await app.CountRowsAsync();

        (await machine.GetAsync("/api/v1/operators")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await machine.GetAsync($"/api/v1/operators/{operatorId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await machine.PostAsJsonAsync("/api/v1/operators", TestData.Operator())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await machine.PostAsJsonAsync($"/api/v1/operators/{operatorId}/personal-data", new { purpose = "机器读取" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await machine.GetAsync("/api/v1/audit/verify")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await machine.GetAsync(AdministrationApiPaths.ApiKeys)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await app.CountRowsAsync()).Operators.ShouldBe(before.Operators);
        var me = await (await machine.GetAsync(AdministrationApiPaths.Me)).ReadJsonAsync();
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["MachineClient"]);
    }

    [Fact]
    public async Task A_key_with_the_write_scope_registers_operators_within_its_jurisdiction_only()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var (_, key) = await CreateKeyAsync(admin, ["operators:read", "operators:write"], "440781");
        using var machine = MachineClient(key);
        var xinhuiOperator = await TestData.CreateOperatorAsync(admin, TestData.Operator(TestData.XinhuiTown));

        var created = await machine.PostAsJsonAsync("/api/v1/operators", TestData.Operator(TestData.TaishanTown));
        var outside = await machine.PostAsJsonAsync("/api/v1/operators", TestData.Operator(TestData.XinhuiTown));

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        await outside.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "security.out_of_scope");
        await (await machine.GetAsync($"/api/v1/operators/{xinhuiOperator}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        var timeline = await (await admin.GetAsync($"/api/v1/operators/{id}/timeline")).ReadJsonAsync();
        timeline.GetProperty("items")[0].GetProperty("actorName").GetString()!.ShouldStartWith("API:");
    }

    [Fact]
    public async Task A_key_with_the_audit_scope_may_verify_the_ledger()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var (_, key) = await CreateKeyAsync(admin, ["audit:verify"], "440700");
        using var machine = MachineClient(key);

        var verification = await (await machine.GetAsync("/api/v1/audit/verify")).ReadJsonAsync();

        verification.GetProperty("isIntact").GetBoolean().ShouldBeTrue();
        await (await machine.GetAsync("/api/v1/operators")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_list_shows_when_a_key_was_last_used_and_never_its_secret()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var (id, key) = await CreateKeyAsync(admin, ["operators:read"], "440700");

        var unused = Find(await admin.GetStringAsync(AdministrationApiPaths.ApiKeys), id);
        unused.GetProperty("lastUsedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        using (var machine = MachineClient(key))
        {
            (await machine.GetAsync("/api/v1/operators")).EnsureSuccessStatusCode();
        }

        var text = await admin.GetStringAsync(AdministrationApiPaths.ApiKeys);
        var used = Find(text, id);
        used.GetProperty("lastUsedAt").GetDateTimeOffset().ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        used.GetProperty("prefix").GetString()!.Length.ShouldBe(8);
        used.TryGetProperty("key", out _).ShouldBeFalse();
        used.TryGetProperty("secretHash", out _).ShouldBeFalse();
        text.ShouldNotContain(key);
        text.ShouldNotContain(key.Split('_', 3)[2]);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var (id, key) = await CreateKeyAsync(admin, ["operators:read"], "440700");
        using var machine = MachineClient(key);
        (await machine.GetAsync("/api/v1/operators")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.DeleteAsync(AdministrationApiPaths.ApiKey(id))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await machine.GetAsync("/api/v1/operators")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Find(await admin.GetStringAsync(AdministrationApiPaths.ApiKeys), id).GetProperty("revokedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Theory]
    [InlineData("shk_00000000_notarealsecret")]
    [InlineData("garbage")]
    [InlineData("")]
    public async Task An_unknown_or_malformed_key_is_401(string key)
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var (_, real) = await CreateKeyAsync(admin, ["operators:read"], "440700");
        var forged = real[..^4] + "AAAA";

        using var machine = MachineClient(key);
        using var forger = MachineClient(forged);

        await (await machine.GetAsync("/api/v1/operators")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await forger.GetAsync("/api/v1/operators")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_key_with_an_unknown_scope_or_jurisdiction_is_not_created()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var badScope = await admin.PostAsJsonAsync(AdministrationApiPaths.ApiKeys,
            new { name = "坏范围", scopes = new[] { "operators:delete" }, jurisdictionCode = "440700" });
        var badPlace = await admin.PostAsJsonAsync(AdministrationApiPaths.ApiKeys,
            new { name = "坏辖区", scopes = new[] { "operators:read" }, jurisdictionCode = "999999" });

        await badScope.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "administration.unknown_scope");
        await badPlace.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "administration.unknown_jurisdiction");
        var list = await admin.GetStringAsync(AdministrationApiPaths.ApiKeys);
        list.ShouldNotContain("坏范围");
        list.ShouldNotContain("坏辖区");
    }

    [Theory]
    [InlineData(TestUsers.Leader)]
    [InlineData(TestUsers.TaishanInspector)]
    public async Task Only_an_administrator_manages_keys(string userName)
    {
        using var client = await app.ClientAsAsync(userName);

        await (await client.GetAsync(AdministrationApiPaths.ApiKeys)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostAsJsonAsync(AdministrationApiPaths.ApiKeys, new { name = "x", scopes = new[] { "operators:read" }, jurisdictionCode = "440700" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<(Guid Id, string Key)> CreateKeyAsync(HttpClient admin, string[] scopes, string jurisdiction)
    {
        var response = await admin.PostAsJsonAsync(AdministrationApiPaths.ApiKeys,
            new { name = "测试客户端" + TestData.Token(), scopes, jurisdictionCode = jurisdiction });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.ReadJsonAsync();
        var key = created.GetProperty("key").GetString()!;
        key.ShouldStartWith("shk_");
        return (created.GetProperty("id").GetGuid(), key);
    }

    private HttpClient MachineClient(string key)
    {
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key);
        return client;
    }

    private static JsonElement Find(string list, Guid id) =>
        JsonDocument.Parse(list).RootElement.EnumerateArray().Single(k => k.GetProperty("id").GetGuid() == id);
}
