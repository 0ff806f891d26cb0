using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Domain;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Audit.VerifyChain;

/// <summary>The hash chain stays intact and gapless, and who may verify it.</summary>
[Collection(AppCollection.Name)]
public sealed class VerifyChainTests(ShianAppFactory app)
{
    [Fact]
    public async Task The_chain_stays_intact_and_gapless_after_a_burst_of_concurrent_writes()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var toEdit = new List<(Guid Id, Dictionary<string, object?> Body)>();
        for (var i = 0; i < 10; i++)
        {
            var body = TestData.Operator();
            toEdit.Add((await TestData.CreateOperatorAsync(inspector, body), body));
        }

        var before = await app.CountRowsAsync();
        var creates = Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? admin : inspector).PostAsJsonAsync("/api/v1/operators", TestData.Operator()));
        var edits = toEdit.Select((e, i) => (i % 2 == 0 ? inspector : admin).PutJsonAsync(
            $"/api/v1/operators/{e.Id}", new Dictionary<string, object?>(e.Body) { ["name"] = "并发修改" + TestData.Token() }));
        var responses = await Task.WhenAll(creates.Concat(edits));

        foreach (var response in responses)
        {
            response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        }

        var after = await app.CountRowsAsync();
        after.Operators.ShouldBe(before.Operators + 10);
        // Each create writes the operator and its premises; each edit writes one update.
        after.AuditEntries.ShouldBeGreaterThanOrEqualTo(before.AuditEntries + 30);
        var sequences = await app.QueryAsync(db => db.Set<AuditEntry>().OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        sequences.ShouldBe(Enumerable.Range(1, sequences.Count).Select(i => (long)i));
        var verification = await (await admin.GetAsync(AuditApiPaths.Verify)).ReadJsonAsync();
        verification.GetProperty("isIntact").GetBoolean().ShouldBeTrue(verification.ToString());
        verification.GetProperty("entriesChecked").GetInt64().ShouldBeGreaterThanOrEqualTo(sequences[^1]);
        verification.GetProperty("firstBrokenSequence").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Each_entry_links_to_the_hash_of_the_one_before()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await TestData.CreateOperatorAsync(admin);

        var entries = await app.QueryAsync(db => db.Set<AuditEntry>().OrderByDescending(e => e.Sequence).Take(5).ToListAsync());

        entries.Count.ShouldBe(5);
        for (var i = 0; i < entries.Count - 1; i++)
        {
            entries[i].PreviousHash.ShouldBe(entries[i + 1].Hash);
            entries[i].Hash.ShouldBe(LedgerHash.Compute(entries[i]));
        }
    }

    [Theory]
    [InlineData(TestUsers.Admin)]
    [InlineData(TestUsers.Leader)]
    public async Task Administrators_and_leaders_may_verify_the_chain(string userName)
    {
        using var client = await app.ClientAsAsync(userName);

        var verification = await (await client.GetAsync(AuditApiPaths.Verify)).ReadJsonAsync();

        verification.GetProperty("isIntact").GetBoolean().ShouldBeTrue();
        verification.GetProperty("headHash").GetString()!.Length.ShouldBe(64);
    }

    [Theory]
    [InlineData(TestUsers.TaishanInspector)]
    [InlineData(TestUsers.HuichengCoordinator)]
    [InlineData(TestUsers.LabAnalyst)]
    public async Task Other_staff_may_not_verify_or_browse_the_ledger(string userName)
    {
        using var client = await app.ClientAsAsync(userName);

        await (await client.GetAsync(AuditApiPaths.Verify)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "security.forbidden");
        await (await client.GetAsync(AuditApiPaths.Entries)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "security.forbidden");
    }
}
