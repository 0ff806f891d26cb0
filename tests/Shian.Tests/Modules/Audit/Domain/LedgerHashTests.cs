using System.Security.Cryptography;
using System.Text;
using Shian.Modules.Audit.Domain;

namespace Shian.Tests.Modules.Audit.Domain;

public sealed class LedgerHashTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);
    private static readonly Guid Actor = Guid.Parse("0194a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    private static AuditEntry Entry() => new()
    {
        PreviousHash = LedgerHash.Genesis,
        Sequence = 42,
        OccurredAt = At,
        ActorId = Actor,
        ActorName = "张三",
        Action = AuditAction.Update,
        EntityType = "Operator",
        EntityId = "0194a1b2-0000-7000-8000-000000000001",
        Before = """{"Name":"旧名称"}""",
        After = """{"Name":"新名称"}""",
    };

    public static TheoryData<string> Fields =>
    [
        "previous hash", "sequence", "time", "actor id", "actor id removed", "actor name", "action", "entity type", "entity id",
        "before", "before removed", "after", "after removed",
    ];

    [Fact]
    public void The_same_entry_always_hashes_the_same()
    {
        var hash = LedgerHash.Compute(Entry());

        hash.ShouldBe(LedgerHash.Compute(Entry()));
        hash.Length.ShouldBe(64);
        hash.ShouldMatch("^[0-9a-f]{64}$");
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Changing_any_field_changes_the_hash(string field) =>
        LedgerHash.Compute(Change(Entry(), field)).ShouldNotBe(LedgerHash.Compute(Entry()), field);

    [Fact]
    public void Moving_text_between_before_and_after_changes_the_hash()
    {
        var a = With(Entry(), before: "ab", after: "c");
        var b = With(Entry(), before: "a", after: "bc");

        LedgerHash.Compute(a).ShouldNotBe(LedgerHash.Compute(b));
    }

    [Fact]
    public void Time_is_hashed_at_millisecond_precision_in_utc()
    {
        var inBeijing = new DateTimeOffset(2026, 3, 4, 13, 6, 7, 890, TimeSpan.FromHours(8));

        LedgerHash.Compute(With(Entry(), at: inBeijing)).ShouldBe(LedgerHash.Compute(Entry()));
        LedgerHash.Truncate(At.AddTicks(9_999)).ShouldBe(At);
        LedgerHash.Truncate(inBeijing.AddTicks(1)).Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void The_documented_canonical_form_lets_anyone_verify_an_entry_independently()
    {
        // An exported ledger must be checkable without our code: SHA-256 over previousHash + "\n" + the JSON
        // object {seq, at, actorId, actor, action, type, id, before, after}, lower-case hex.
        var entry = With(Entry(), actorName: "system", clearBefore: true, clearAfter: true, action: AuditAction.Insert);
        var canonical =
            $$"""{"seq":42,"at":"2026-03-04T05:06:07.890Z","actorId":"{{Actor}}","actor":"system","action":"Insert","type":"Operator","id":"{{entry.EntityId}}","before":null,"after":null}""";
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(LedgerHash.Genesis + "\n" + canonical)));

        LedgerHash.Compute(entry).ShouldBe(expected);
    }

    private static AuditEntry Change(AuditEntry e, string field) => field switch
    {
        "previous hash" => With(e, previousHash: new string('1', 64)),
        "sequence" => With(e, sequence: 43),
        "time" => With(e, at: At.AddMilliseconds(1)),
        "actor id" => With(e, actorId: Guid.Empty),
        "actor id removed" => With(e, clearActorId: true),
        "actor name" => With(e, actorName: "李四"),
        "action" => With(e, action: AuditAction.Delete),
        "entity type" => With(e, entityType: "Premises"),
        "entity id" => With(e, entityId: "0194a1b2-0000-7000-8000-000000000002"),
        "before" => With(e, before: """{"Name":"旧名称 "}"""),
        "before removed" => With(e, clearBefore: true),
        "after" => With(e, after: """{"Name":"新名稱"}"""),
        "after removed" => With(e, clearAfter: true),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static AuditEntry With(
        AuditEntry e, string? previousHash = null, long? sequence = null, DateTimeOffset? at = null, Guid? actorId = null,
        string? actorName = null, AuditAction? action = null, string? entityType = null, string? entityId = null,
        string? before = null, string? after = null, bool clearActorId = false, bool clearBefore = false, bool clearAfter = false) => new()
        {
            PreviousHash = previousHash ?? e.PreviousHash,
            Sequence = sequence ?? e.Sequence,
            OccurredAt = at ?? e.OccurredAt,
            ActorId = clearActorId ? null : actorId ?? e.ActorId,
            ActorName = actorName ?? e.ActorName,
            Action = action ?? e.Action,
            EntityType = entityType ?? e.EntityType,
            EntityId = entityId ?? e.EntityId,
            Before = clearBefore ? null : before ?? e.Before,
            After = clearAfter ? null : after ?? e.After,
        };
}
