using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Shian.Modules.Audit.Domain;
using Shian.Modules.Audit.Features.Checkpoints;

namespace Shian.Tests.Modules.Audit.Checkpoints;

/// <summary>Where the checkpoint key comes from: configuration; a generated one only in Development; never silently none.</summary>
public sealed class CheckpointKeysTests
{
    private static readonly byte[] Payload = CheckpointPayload.Of(
        CheckpointKind.Head, new DateOnly(2026, 12, 3), 1, 2, new string('a', 64), new string('b', 64), DateTimeOffset.UnixEpoch, "k");

    [Fact]
    public void Development_without_a_key_generates_one_and_keeps_it_beside_the_checkpoint_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"shian-keys-{Guid.NewGuid():N}");
        try
        {
            var first = Keys("Development", new CheckpointOptions { File = Path.Combine(folder, "c.jsonl") });
            var second = Keys("Development", new CheckpointOptions { File = Path.Combine(folder, "c.jsonl") });

            first.Problem.ShouldBeNull();
            first.SigningKeyId.ShouldStartWith("dev-");
            second.SigningKeyId.ShouldBe(first.SigningKeyId);
            second.Verify(first.SigningKeyId, Payload, first.Sign(Payload)).ShouldBe(true);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Other_environments_without_a_key_cannot_sign_and_say_which_setting_is_missing(string environment)
    {
        var keys = Keys(environment, new CheckpointOptions { File = Path.Combine(Path.GetTempPath(), $"shian-{Guid.NewGuid():N}.jsonl") });

        keys.Problem.ShouldBe(CheckpointKeys.NotConfigured);
        Should.Throw<InvalidOperationException>(() => keys.Sign(Payload));
    }

    [Fact]
    public void A_short_key_is_refused_and_a_signature_with_another_key_fails()
    {
        Keys("Production", new CheckpointOptions { Keys = { ["short"] = Convert.ToBase64String(new byte[16]) } }).Problem!.ShouldContain("at least 32");

        var a = Keys("Production", new CheckpointOptions { Keys = { ["a"] = Convert.ToBase64String(new byte[32]) } });
        var b = Keys("Production", new CheckpointOptions { Keys = { ["a"] = Convert.ToBase64String(Enumerable.Repeat((byte)1, 32).ToArray()) } });
        b.Verify("a", Payload, a.Sign(Payload)).ShouldBe(false);
        b.Verify("unknown", Payload, a.Sign(Payload)).ShouldBeNull();
    }

    private static CheckpointKeys Keys(string environment, CheckpointOptions options) =>
        new(Options.Create(options), new HostingEnvironment { EnvironmentName = environment }, NullLogger<CheckpointKeys>.Instance);
}
