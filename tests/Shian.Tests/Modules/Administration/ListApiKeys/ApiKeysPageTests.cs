using System.Net;
using System.Text.RegularExpressions;
using Shian.Modules.Administration.Domain;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Administration.ListApiKeys;

[Collection(AppCollection.Name)]
public sealed partial class ApiKeysPageTests(ShianAppFactory app)
{
    private const string Page = "/administration/api-keys";

    [Fact]
    public async Task Admin_creates_a_key_and_sees_its_secret_once()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var name = "页面测试ERP" + Guid.NewGuid().ToString("N")[..6];

        var response = await admin.PostFormAsync(Page, "api-key",
            ("Input.Name", name), ("Input.JurisdictionCode", TestData.XinhuiTown), ("scope", "operators:read"), ("scope", "audit:verify"),
            ("operatorId", ""));
        var created = await response.ReadPageAsync();

        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        created.ShouldContain($"已创建密钥“{name}”");
        created.ShouldContain("它只显示这一次");
        var secret = Secret().Match(created);
        secret.Success.ShouldBeTrue(created);
        var prefix = ApiKeySecret.PrefixOf(secret.Value)!;

        var later = await admin.GetPageAsync(Page);
        later.ShouldContain(name);
        later.ShouldContain($"shk_{prefix}_…");
        later.ShouldContain("新会区 会城街道");
        later.ShouldNotContain(secret.Value);
        later.ShouldNotContain("它只显示这一次");

        using var machine = app.AnonymousClient();
        machine.DefaultRequestHeaders.Add(Shian.Shared.Security.AuthenticationSchemes.ApiKeyHeader, secret.Value);
        (await machine.GetAsync("/api/v1/audit/verify")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_revoked_key_is_marked_and_stops_working()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var name = "吊销测试" + Guid.NewGuid().ToString("N")[..6];
        var created = await (await admin.PostFormAsync(Page, "api-key",
            ("Input.Name", name), ("Input.JurisdictionCode", "440700"), ("scope", "audit:verify"))).ReadPageAsync();
        var secret = Secret().Match(created).Value;
        var keys = (await (await admin.GetAsync(AdministrationApiPaths.ApiKeys)).ReadJsonAsync()).EnumerateArray();
        var id = keys.Single(k => k.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

        var html = await admin.FollowRedirectAsync(await admin.PostFormAsync(Page, "revoke-key", ("RevokeId", id.ToString())));

        html.ShouldContain($"已吊销密钥“{name}”");
        html.ShouldNotContain($"name=\"RevokeId\" value=\"{id}\"");
        using var machine = app.AnonymousClient();
        machine.DefaultRequestHeaders.Add(Shian.Shared.Security.AuthenticationSchemes.ApiKeyHeader, secret);
        (await machine.GetAsync("/api/v1/audit/verify")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_incomplete_key_gets_Chinese_field_errors_and_keeps_the_choices()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var html = await (await admin.PostFormAsync(Page, "api-key",
            ("Input.Name", ""), ("Input.JurisdictionCode", TestData.TaishanTown), ("scope", "operators:write"), ("operatorId", "not-a-guid"))).ReadPageAsync();
        var noScope = await (await admin.PostFormAsync(Page, "api-key",
            ("Input.Name", "无范围"), ("Input.JurisdictionCode", ""))).ReadPageAsync();

        html.ShouldContain("请填写名称");
        html.ShouldContain("经营主体ID格式不正确");
        html.ShouldContain("value=\"operators:write\" checked");
        html.ShouldContain("value=\"not-a-guid\"");
        html.ShouldMatch($"<option value=\"{TestData.TaishanTown}\"[^>]* selected");
        html.ShouldNotContain("它只显示这一次");
        noScope.ShouldContain("请至少选择一个权限范围");
        noScope.ShouldContain("请选择辖区");
        noScope.ShouldContain("value=\"无范围\"");
    }

    [Fact]
    public async Task An_unknown_jurisdiction_is_a_field_error_from_the_shared_handler()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var html = await (await admin.PostFormAsync(Page, "api-key",
            ("Input.Name", "未知辖区"), ("Input.JurisdictionCode", "999999"), ("scope", "operators:read"))).ReadPageAsync();

        html.ShouldContain("未知的辖区代码：999999");
        html.ShouldNotContain("它只显示这一次");
    }

    [Fact]
    public void A_secret_containing_underscores_still_yields_its_prefix()
    {
        ApiKeySecret.PrefixOf("shk_0123abcd_ab_cd-ef_gh").ShouldBe("0123abcd");
        ApiKeySecret.PrefixOf("shk_0123abc_secret").ShouldBeNull();
        ApiKeySecret.PrefixOf("key_0123abcd_secret").ShouldBeNull();
    }

    [GeneratedRegex("shk_[0-9a-f]{8}_[A-Za-z0-9_-]{20,}")]
    private static partial Regex Secret();
}
