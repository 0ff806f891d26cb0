using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Shared.Persistence;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Audit.BrowseLedger;

[Collection(AppCollection.Name)]
public sealed partial class AuditPageTests(ShianAppFactory app)
{
    [Fact]
    public async Task Admin_sees_ledger_entries_newest_first_with_paging()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var html = await admin.GetPageAsync(AuditApiPaths.Page);
        var second = await admin.GetPageAsync(AuditApiPaths.Page + "?page=2");

        html.ShouldContain("<h1>审计记录</h1>");
        html.ShouldContain("校验审计链");
        var sequences = Sequences(html);
        sequences.Count.ShouldBe(20);
        sequences.ShouldBe(sequences.OrderByDescending(s => s).ToList());
        Sequences(second).Max().ShouldBeLessThan(sequences.Min());
        html.ShouldContain("rel=\"next\"");
    }

    [Fact]
    public async Task Entries_can_be_filtered_by_entity_type_and_id()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin);

        var html = await admin.GetPageAsync(AuditApiPaths.PageOf("Operator", id));

        html.ShouldContain($"value=\"{id}\"");
        html.ShouldContain(">新增<");
        var types = EntityTypeLinks().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        types.ShouldBe(["Operator"]);
        html.ShouldContain("清除筛选");
    }

    [Fact]
    public async Task Verifying_an_intact_chain_says_so_with_count_and_head_hash()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var html = await (await admin.PostFormAsync(AuditApiPaths.Page, "verify")).ReadPageAsync();

        html.ShouldContain("✔ 审计链完整");
        html.ShouldContain("已逐条校验全部");
        HeadHash().IsMatch(html).ShouldBeTrue();
        html.ShouldNotContain("审计链已被破坏");
    }

    [Fact]
    public async Task Inspector_cannot_verify_through_the_page()
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var response = await inspector.PostAsync(AuditApiPaths.Page, new FormUrlEncodedContent([new("_handler", "verify")]));

        ((int)response.StatusCode).ShouldBeInRange(300, 499);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("审计链完整");
    }

    private static List<long> Sequences(string html) =>
        [.. EntrySequence().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex("<span class=\"code\">#(\\d+)</span>")]
    private static partial Regex EntrySequence();

    [GeneratedRegex("<a href=\"/audit\\?entityType=([^\"&]+)\">")]
    private static partial Regex EntityTypeLinks();

    [GeneratedRegex("<code class=\"hash\">[0-9a-f]{64}</code>")]
    private static partial Regex HeadHash();
}

/// <summary>Tampers with the ledger, so it runs on an app and database of its own.</summary>
public sealed class AuditTamperPageTests(ShianAppFactory app) : IClassFixture<ShianAppFactory>
{
    [Fact]
    public async Task A_tampered_entry_and_then_a_removed_one_are_named_in_Chinese()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await TamperAsync("UPDATE audit_entry SET \"ActorName\" = '篡改者' WHERE \"Sequence\" = 2");

        var altered = await (await admin.PostFormAsync(AuditApiPaths.Page, "verify")).ReadPageAsync();

        altered.ShouldContain("✘ 审计链已被破坏");
        altered.ShouldContain("从第 2 条记录起链条不一致。");
        altered.ShouldContain("该记录的内容与其哈希不符，内容已被篡改。");
        altered.ShouldContain("此前 1 条记录完好。");

        await TamperAsync("DELETE FROM audit_entry WHERE \"Sequence\" = 2");
        var removed = await (await admin.PostFormAsync(AuditApiPaths.Page, "verify")).ReadPageAsync();

        removed.ShouldContain("第 2 条记录缺失（下一条现存记录为第 3 条）");
    }

    private async Task TamperAsync(string sql)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
