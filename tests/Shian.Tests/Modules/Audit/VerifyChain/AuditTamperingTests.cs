using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Audit.Domain;
using Shian.Shared.Persistence;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Audit.VerifyChain;

/// <summary>
/// Someone with database access edits or deletes a ledger row behind the app's back; verification finds it and
/// names the entry. Each test owns its app, since it breaks the chain on purpose.
/// </summary>
public sealed class AuditTamperingTests
{
    [Fact]
    public async Task An_entry_changed_behind_the_apps_back_is_found_and_named()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = TestData.Operator();
        var id = await TestData.CreateOperatorAsync(admin, body);
        (await admin.PutJsonAsync($"/api/v1/operators/{id}", new Dictionary<string, object?>(body) { ["name"] = "真实名称" })).EnsureSuccessStatusCode();
        await TestData.CreateOperatorAsync(admin);
        (await Verify(admin)).GetProperty("isIntact").GetBoolean().ShouldBeTrue();
        var edit = await app.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.EntityId == id.ToString() && e.Action == AuditAction.Update));

        var forgedAfter = edit.After!.Replace("真实名称", "伪造名称", StringComparison.Ordinal);
        (await app.ExecuteAsync("""UPDATE audit_entry SET "After" = @after WHERE "Sequence" = @seq""", ("@after", forgedAfter), ("@seq", edit.Sequence)))
            .ShouldBe(1);

        var broken = await Verify(admin);
        broken.GetProperty("isIntact").GetBoolean().ShouldBeFalse();
        broken.GetProperty("firstBrokenSequence").GetInt64().ShouldBe(edit.Sequence);
        broken.GetProperty("entriesChecked").GetInt64().ShouldBe(edit.Sequence - 1);
        broken.GetProperty("problem").GetString()!.ShouldContain("hash");

        // A careful forger also recomputes the row's hash: the next entry's link still gives it away.
        var rehashed = LedgerHash.Compute(new AuditEntry
        {
            PreviousHash = edit.PreviousHash,
            Sequence = edit.Sequence,
            OccurredAt = edit.OccurredAt,
            ActorId = edit.ActorId,
            ActorName = edit.ActorName,
            Action = edit.Action,
            EntityType = edit.EntityType,
            EntityId = edit.EntityId,
            Before = edit.Before,
            After = forgedAfter,
        });
        await app.ExecuteAsync("""UPDATE audit_entry SET "Hash" = @hash WHERE "Sequence" = @seq""", ("@hash", rehashed), ("@seq", edit.Sequence));

        var relinked = await Verify(admin);
        relinked.GetProperty("isIntact").GetBoolean().ShouldBeFalse();
        relinked.GetProperty("firstBrokenSequence").GetInt64().ShouldBe(edit.Sequence + 1);
        relinked.GetProperty("problem").GetString()!.ShouldContain("link");
    }

    [Fact]
    public async Task An_entry_deleted_from_the_middle_is_found_and_named()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin);
        await TestData.CreateOperatorAsync(admin);
        var victim = await app.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.EntityId == id.ToString()));

        // The app itself refuses to delete a ledger entry ...
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
            db.Remove(await db.Set<AuditEntry>().SingleAsync(e => e.Sequence == victim.Sequence));
            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        (await Verify(admin)).GetProperty("isIntact").GetBoolean().ShouldBeTrue();

        // ... but someone with database access can; verification names the gap.
        (await app.ExecuteAsync("""DELETE FROM audit_entry WHERE "Sequence" = @seq""", ("@seq", victim.Sequence))).ShouldBe(1);

        var broken = await Verify(admin);
        broken.GetProperty("isIntact").GetBoolean().ShouldBeFalse();
        broken.GetProperty("firstBrokenSequence").GetInt64().ShouldBe(victim.Sequence);
        broken.GetProperty("problem").GetString()!.ShouldContain("missing");
    }

    private static async Task<JsonElement> Verify(HttpClient client) => await (await client.GetAsync(AuditApiPaths.Verify)).ReadJsonAsync();
}
