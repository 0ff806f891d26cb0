using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>
/// Kestrel refuses some requests before the application sees them (<c>%00</c> in the path, a request line or headers
/// over its limits) and answers them with a status and no body. This connection middleware gives those answers the
/// platform's problem+json body, so that a client reads a code and a message there too. It recognises Kestrel's own
/// refusal by its shape — a 4xx status line, <c>Content-Length: 0</c> and <c>Connection: close</c> written as one
/// block — which the application never sends (its errors always carry a body). Plain HTTP/1.1 only: behind TLS or
/// HTTP/2 the bytes do not match and pass through unchanged.
/// </summary>
internal static class ServerRejections
{
    private static readonly byte[] StatusLineStart = "HTTP/1.1 4"u8.ToArray();
    private static readonly byte[] EndOfHeaders = "\r\n\r\n"u8.ToArray();
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void UseProblemBodiesForServerRejections(this ListenOptions listen) =>
        listen.Use(next => connection =>
        {
            connection.Transport = new DuplexPipe(connection.Transport);
            return next(connection);
        });

    /// <summary>The replacement for <paramref name="written"/> when it is Kestrel's bodiless refusal, else null.</summary>
    public static byte[]? Rewrite(ReadOnlySpan<byte> written)
    {
        if (!written.StartsWith(StatusLineStart) || !written.EndsWith(EndOfHeaders) || written.IndexOf(EndOfHeaders) != written.Length - 4)
        {
            return null;
        }

        var head = Encoding.ASCII.GetString(written);
        if (!head.Contains("\r\nContent-Length: 0\r\n", StringComparison.OrdinalIgnoreCase) ||
            !head.Contains("\r\nConnection: close\r\n", StringComparison.OrdinalIgnoreCase) ||
            !int.TryParse(head.AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return null;
        }

        var code = status switch
        {
            400 => ErrorCodes.MalformedRequest,
            414 => ErrorCodes.UriTooLong,
            _ => ErrorCodes.ForStatus(status),
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["type"] = $"https://httpstatuses.io/{status}",
            ["title"] = ProblemTitles.For(status),
            ["status"] = status,
            ["detail"] = Messages.Get(code, RequestGuards.KestrelRequestLineBytes / 1024),
            ["code"] = code,
            ["traceId"] = "",
        }, Json);
        var headers = head[..^4].Split("\r\n").Where(h => !h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var rewritten = string.Join("\r\n", headers) +
                        $"\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(rewritten), .. body];
    }

    private sealed class DuplexPipe(IDuplexPipe inner) : IDuplexPipe
    {
        public PipeReader Input => inner.Input;

        public PipeWriter Output { get; } = new RefusalWriter(inner.Output);
    }

    /// <summary>Passes every write through, except a block that <see cref="Rewrite"/> replaces.</summary>
    private sealed class RefusalWriter(PipeWriter inner) : PipeWriter
    {
        private Memory<byte> _last;

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;

        public override Memory<byte> GetMemory(int sizeHint = 0) => _last = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => (_last = inner.GetMemory(sizeHint)).Span;

        public override void Advance(int bytes)
        {
            // Only a short block can be a refusal; a large write (a body) is not even looked at.
            if (bytes is > 16 and < 1024 && bytes <= _last.Length && Rewrite(_last.Span[..bytes]) is { } replacement)
            {
                var span = inner.GetSpan(replacement.Length);
                replacement.CopyTo(span);
                inner.Advance(replacement.Length);
                return;
            }

            inner.Advance(bytes);
        }

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);
    }
}
