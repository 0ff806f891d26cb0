using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Domain;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Audit.Checkpoints;

/// <summary>
/// The two attacks a hash chain alone cannot see (issue 11, finding 5): deleting the newest entries leaves a valid
/// shorter chain, and editing an entry then recomputing every later hash with the documented unkeyed SHA-256 leaves a
/// valid different chain. A checkpoint signed with a key outside the database catches both. Each test owns its app.
/// </summary>
public sealed class CheckpointTamperingTests
{
    [Fact]
    public async Task Deleting_the_last_entries_is_found_even_when_the_database_checkpoints_go_too()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await TestData.CreateOperatorAsync(admin);
        await TestData.CreateOperatorAsync(admin);
        var checkpoint = await (await admin.PostAsync(AuditApiPaths.Checkpoints, null)).ReadJsonAsync();
        var head = checkpoint.GetProperty("toSequence").GetInt64();
        checkpoint.GetProperty("keyId").GetString().ShouldBe(ShianAppFactory.CheckpointKeyId);
        var intact = await VerifyAsync(admin);
        intact.GetProperty("isIntact").GetBoolean().ShouldBeTrue(intact.ToString());
        intact.GetProperty("checkpointsChecked").GetInt32().ShouldBe(1);
        (await admin.GetPageAsync(AuditApiPaths.Page)).ShouldContain(checkpoint.GetProperty("headHash").GetString()!);

        (await app.ExecuteAsync("""DELETE FROM audit_entry WHERE "Sequence" > @from""", ("@from", head - 3))).ShouldBe(3);

        var truncated = await VerifyAsync(admin);
        truncated.GetProperty("isIntact").GetBoolean().ShouldBeFalse();
        truncated.GetProperty("firstBrokenSequence").GetInt64().ShouldBe(head - 2);
        truncated.GetProperty("entriesChecked").GetInt64().ShouldBe(head - 3);
        truncated.GetProperty("problem").GetString()!.ShouldContain("ends before the signed checkpoint");

        // A forger with database access removes the checkpoints too; the append-only file outside the database remains.
        (await app.ExecuteAsync("DELETE FROM audit_checkpoint")).ShouldBe(1);
        var stillFound = await VerifyAsync(admin);
        stillFound.GetProperty("isIntact").GetBoolean().ShouldBeFalse();
        stillFound.GetProperty("problem").GetString()!.ShouldContain("missing from the database");
    }

    [Fact]
    public async Task Editing_an_entry_and_rehashing_the_rest_with_unkeyed_sha256_is_found()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = TestData.Operator();
        var id = await TestData.CreateOperatorAsync(admin, body);
        (await admin.PutJsonAsync($"/api/v1/operators/{id}", new Dictionary<string, object?>(body) { ["name"] = "真实名称" })).EnsureSuccessStatusCode();
        await TestData.CreateOperatorAsync(admin);
        var head = (await (await admin.PostAsync(AuditApiPaths.Checkpoints, null)).ReadJsonAsync()).GetProperty("toSequence").GetInt64();
        var edit = await app.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.EntityId == id.ToString() && e.Action == AuditAction.Update));

        await RewriteFromAsync(app, edit.Sequence, after => after.Replace("真实名称", "伪造名称", StringComparison.Ordinal));

        var broken = await VerifyAsync(admin);
        broken.GetProperty("isIntact").GetBoolean().ShouldBeFalse();
        broken.GetProperty("firstBrokenSequence").GetInt64().ShouldBe(head);
        broken.GetProperty("problem").GetString()!.ShouldContain("does not match the signed checkpoint");

        // Changing the checkpoint row to the new head does not help: its signature needs the key, which is not in the database.
        var newHead = await app.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Sequence == head).Select(e => e.Hash).SingleAsync());
        (await app.ExecuteAsync("""UPDATE audit_checkpoint SET "HeadHash" = @hash""", ("@hash", newHead))).ShouldBe(1);
        var forged = await VerifyAsync(admin);
        forged.GetProperty("isIntact").GetBoolean().ShouldBeFalse();
        forged.GetProperty("problem").GetString()!.ShouldContain("signature is not valid");
    }

    [Fact]
    public async Task The_chain_a_forger_rewrote_is_never_signed()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await TestData.CreateOperatorAsync(admin);
        (await admin.PostAsync(AuditApiPaths.Checkpoints, null)).EnsureSuccessStatusCode();
        var id = await TestData.CreateOperatorAsync(admin);
        var insert = await app.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.EntityId == id.ToString()));
        (await app.ExecuteAsync("""UPDATE audit_entry SET "After" = @after WHERE "Sequence" = @seq""", ("@after", "{}"), ("@seq", insert.Sequence))).ShouldBe(1);

        await (await admin.PostAsync(AuditApiPaths.Checkpoints, null)).ShouldBeProblemAsync(System.Net.HttpStatusCode.Conflict, "audit.chain_broken_no_checkpoint");
    }

    /// <summary>What the forger did: edit entry <paramref name="from"/>, then recompute it and every later hash with the public formula.</summary>
    private static async Task RewriteFromAsync(ShianAppFactory app, long from, Func<string, string> forge)
    {
        var entries = await app.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence >= from).OrderBy(e => e.Sequence).ToListAsync());
        var previous = entries[0].PreviousHash;
        foreach (var e in entries)
        {
            var after = e.Sequence == from ? forge(e.After!) : e.After;
            var rewritten = new AuditEntry
            {
                PreviousHash = previous,
                Sequence = e.Sequence,
                OccurredAt = e.OccurredAt,
                ActorId = e.ActorId,
                ActorName = e.ActorName,
                Action = e.Action,
                EntityType = e.EntityType,
                EntityId = e.EntityId,
                Before = e.Before,
                After = after,
            };
            var hash = LedgerHash.Compute(rewritten);
            await app.ExecuteAsync(
                """UPDATE audit_entry SET "After" = @after, "PreviousHash" = @previous, "Hash" = @hash WHERE "Sequence" = @seq""",
                ("@after", after), ("@previous", previous), ("@hash", hash), ("@seq", e.Sequence));
            previous = hash;
        }

        // Without checkpoints this rewritten chain is valid: every link and hash checks out.
        var relinked = await app.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        relinked.ShouldAllBe(e => LedgerHash.Compute(e) == e.Hash);
    }

    private static async Task<JsonElement> VerifyAsync(HttpClient client) => await (await client.GetAsync(AuditApiPaths.Verify)).ReadJsonAsync();
}
