using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Shian.Modules.Audit.Domain;

namespace Shian.Modules.Audit.Features.Checkpoints;

/// <summary>
/// The append-only copy of every checkpoint outside the database (<c>Audit:Checkpoints:File</c>), one JSON object per
/// line: the signed payload's fields plus <c>"sig"</c>. Someone who rewrites the database and deletes its checkpoints
/// still faces this file (keep it on a volume the database's users cannot write, e.g. <c>chattr +a</c>).
/// </summary>
internal sealed class CheckpointFile(IOptions<CheckpointOptions> options)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public string Path => System.IO.Path.GetFullPath(options.Value.File);

    public async Task AppendAsync(IEnumerable<LedgerCheckpoint> checkpoints, CancellationToken ct)
    {
        var lines = new StringBuilder();
        foreach (var c in checkpoints)
        {
            lines.Append(Line(c)).Append('\n');
        }

        if (lines.Length == 0)
        {
            return;
        }

        await Gate.WaitAsync(ct);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            await file.WriteAsync(Encoding.UTF8.GetBytes(lines.ToString()), ct);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The checkpoints in the file, and how many lines could not be read as one.</summary>
    public async Task<(IReadOnlyList<LedgerCheckpoint> Checkpoints, int Unreadable)> ReadAsync(CancellationToken ct)
    {
        if (!File.Exists(Path))
        {
            return ([], 0);
        }

        var read = new List<LedgerCheckpoint>();
        var unreadable = 0;
        foreach (var line in await File.ReadAllLinesAsync(Path, ct))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (Parse(line) is { } checkpoint)
            {
                read.Add(checkpoint);
            }
            else
            {
                unreadable++;
            }
        }

        return (read, unreadable);
    }

    public static string Line(LedgerCheckpoint c)
    {
        var payload = CheckpointPayload.Of(c);
        // The payload object with "sig" added as its last member, so the line is the signed bytes plus the signature.
        return Encoding.UTF8.GetString(payload, 0, payload.Length - 1) + ",\"sig\":\"" + c.Signature + "\"}";
    }

    public static LedgerCheckpoint? Parse(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var kind = CheckpointPayload.KindFrom(root.GetProperty("kind").GetString());
            if (kind is null || root.GetProperty("v").GetInt32() != 1)
            {
                return null;
            }

            return new LedgerCheckpoint
            {
                Kind = kind.Value,
                Day = DateOnly.ParseExact(root.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                FromSequence = root.GetProperty("from").GetInt64(),
                ToSequence = root.GetProperty("to").GetInt64(),
                HeadHash = root.GetProperty("head").GetString()!,
                MerkleRoot = root.GetProperty("root").GetString()!,
                CreatedAt = DateTimeOffset.Parse(root.GetProperty("at").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                KeyId = root.GetProperty("keyId").GetString()!,
                Signature = root.GetProperty("sig").GetString()!,
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
