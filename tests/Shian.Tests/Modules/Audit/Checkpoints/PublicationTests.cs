using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Domain;
using Shian.Modules.Audit.Features.Checkpoints;
using Shian.Shared.Jobs;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Audit.Checkpoints;

/// <summary>
/// The daily seal: a signed checkpoint per China day, in the database and the append-only file, published on the
/// portal with an RFC 6962 inclusion proof for any entry that anyone can check with scripts/ledger_verify_inclusion.py.
/// </summary>
public sealed class PublicationTests
{
    private const string SecondKey = "c2Vjb25kLWNoZWNrcG9pbnQta2V5LTAwMi0zMi1ieXRlcy1sb25n";

    [Fact]
    public async Task A_sealed_day_is_published_and_its_inclusion_proof_checks_out_with_the_script()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin);
        await TestData.CreateOperatorAsync(admin);
        var entry = await app.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.EntityId == id.ToString()));
        (await RunJobAsync(admin)).GetProperty("lastSummary").GetString().ShouldBe("no day to seal");

        // A day later (the sign-in cookie would have expired, so the scheduler's runner runs the job, as it would at night).
        using (app.Clock.Travel(TimeSpan.FromDays(1)))
        {
            var sealedRun = await app.Services.GetRequiredService<JobRunner>().RunNowAsync("audit.checkpoint", default);
            sealedRun.LastSucceeded.ShouldBe(true, sealedRun.LastSummary);
            sealedRun.LastSummary!.ShouldContain("daily checkpoints written");
        }

        using var anonymous = app.AnonymousClient();
        var published = await (await anonymous.GetAsync(AuditApiPaths.Published)).ReadJsonAsync();
        var day = published.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("fromSequence").GetInt64() <= entry.Sequence
            && d.GetProperty("toSequence").GetInt64() >= entry.Sequence);
        var root = day.GetProperty("merkleRoot").GetString()!;
        (await File.ReadAllLinesAsync(app.CheckpointFile)).ShouldContain(l => l.Contains(root, StringComparison.Ordinal));

        var proofResponse = await anonymous.GetAsync(AuditApiPaths.Proof(entry.Sequence));
        proofResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        var proofJson = await proofResponse.Content.ReadAsStringAsync();
        var proof = JsonDocument.Parse(proofJson).RootElement;
        proof.GetProperty("entryHash").GetString().ShouldBe(entry.Hash);
        proof.GetProperty("checkpoint").GetProperty("merkleRoot").GetString().ShouldBe(root);
        proofJson.ShouldNotContain(entry.After!);

        (await RunScriptAsync(proofJson, "--root", root)).ShouldStartWith("OK");
        var otherByte = entry.Hash[..10] + (entry.Hash[10] == '0' ? '1' : '0') + entry.Hash[11..];
        await Should.ThrowAsync<InvalidOperationException>(() => RunScriptAsync(proofJson, "--root", root, "--entry-hash", otherByte));
        var otherRoot = (root[0] == '0' ? "1" : "0") + root[1..];
        await Should.ThrowAsync<InvalidOperationException>(() => RunScriptAsync(proofJson, "--root", otherRoot));

        var page = await anonymous.GetStringAsync(AuditApiPaths.PublishedPage + "?sequence=" + entry.Sequence);
        page.ShouldContain(root);
        (await anonymous.GetAsync(AuditApiPaths.PublishedPage + "?sequence=abc")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_administrator_signs_a_checkpoint_from_the_audit_page()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        (await admin.GetPageAsync(AuditApiPaths.Page)).ShouldContain("尚未签署任何检查点");

        var html = await (await admin.PostFormAsync(AuditApiPaths.Page, "checkpoint")).ReadPageAsync();

        var head = await app.QueryAsync(db => db.Set<AuditEntry>().OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstAsync());
        html.ShouldContain(head);
        html.ShouldContain(ShianAppFactory.CheckpointKeyId);
        (await File.ReadAllLinesAsync(app.CheckpointFile)).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Entries_of_a_day_not_yet_sealed_have_no_proof_yet()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var anonymous = app.AnonymousClient();
        var last = await app.QueryAsync(db => db.Set<AuditEntry>().MaxAsync(e => e.Sequence));

        await (await anonymous.GetAsync(AuditApiPaths.Proof(last))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "audit.entry_not_yet_published");
        await (await anonymous.GetAsync(AuditApiPaths.Proof(last + 1000))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "audit.no_such_entry");
        await (await anonymous.GetAsync(AuditApiPaths.Proof(0))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "audit.invalid_sequence");
        await (await anonymous.GetAsync(AuditApiPaths.Published + "?pageSize=1000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "audit.invalid_page_size");
    }

    [Fact]
    public async Task Rotating_the_key_keeps_old_checkpoints_verifiable_as_long_as_the_old_key_is_listed()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await TestData.CreateOperatorAsync(admin);
        (await (await admin.PostAsync(AuditApiPaths.Checkpoints, null)).ReadJsonAsync()).GetProperty("keyId").GetString().ShouldBe("test-1");

        await using (var rotated = app.WithWebHostBuilder(b => b
            .UseSetting("Audit:Checkpoints:Keys:test-2", SecondKey).UseSetting("Audit:Checkpoints:SigningKeyId", "test-2")))
        {
            await using var scope = rotated.Services.CreateAsyncScope();
            (await scope.ServiceProvider.GetRequiredService<CheckpointWriter>().WriteHeadAsync(default)).KeyId.ShouldBe("test-2");
            var verification = await scope.ServiceProvider.GetRequiredService<IAuditTrail>().VerifyAsync(default);
            verification.IsIntact.ShouldBeTrue(verification.Problem);
            verification.CheckpointsChecked.ShouldBe(2);
            verification.LastCheckpoint!.KeyId.ShouldBe("test-2");
        }

        // Dropping the old key leaves its checkpoints unverifiable, and verification says so instead of passing.
        await using var dropped = app.WithWebHostBuilder(b => b
            .UseSetting("Audit:Checkpoints:Keys:test-1", "").UseSetting("Audit:Checkpoints:Keys:test-2", SecondKey)
            .UseSetting("Audit:Checkpoints:SigningKeyId", "test-2"));
        await using var later = dropped.Services.CreateAsyncScope();
        var unverifiable = await later.ServiceProvider.GetRequiredService<IAuditTrail>().VerifyAsync(default);
        unverifiable.IsIntact.ShouldBeFalse();
        unverifiable.Problem!.ShouldContain("key test-1");
    }

    [Fact]
    public async Task Without_a_configured_key_the_checkpoint_job_fails_saying_which_setting_to_add()
    {
        await using var app = new ShianAppFactory();
        await app.InitializeAsync();
        await using var keyless = app.WithWebHostBuilder(b => b.UseSetting($"Audit:Checkpoints:Keys:{ShianAppFactory.CheckpointKeyId}", ""));

        var run = await keyless.Services.GetRequiredService<JobRunner>().RunNowAsync("audit.checkpoint", default);

        run.LastSucceeded.ShouldBe(false);
        run.LastSummary!.ShouldContain("Audit:Checkpoints:Keys");
    }

    private static async Task<JsonElement> RunJobAsync(HttpClient admin) =>
        await (await admin.PostAsync(AuditApiPaths.CheckpointJob, null)).ReadJsonAsync();

    private static async Task<string> RunScriptAsync(string proofJson, params string[] options)
    {
        var path = Path.Combine(Path.GetTempPath(), $"shian-proof-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, proofJson);
        try
        {
            return await ExternalTools.RunAsync("python3", [Path.Combine(RepoRoot(), "scripts", "ledger_verify_inclusion.py"), path, .. options]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Shian.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
