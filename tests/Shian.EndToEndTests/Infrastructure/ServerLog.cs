using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Shian.EndToEndTests.Infrastructure;

/// <summary>
/// Keeps the app's warnings and errors in memory, so that a failed journey can print what the server said
/// (a 500 page in the browser names only a trace id).
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<ServerLogEntry> _entries = new();

    public IReadOnlyCollection<ServerLogEntry> Entries => _entries;

    /// <summary>Entries written after <paramref name="since"/>.</summary>
    public IEnumerable<ServerLogEntry> Since(DateTimeOffset since) => _entries.Where(e => e.At >= since);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log._entries.Enqueue(new ServerLogEntry(DateTimeOffset.UtcNow, logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}

public sealed record ServerLogEntry(DateTimeOffset At, LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{At:HH:mm:ss.fff} {Level} {Category}: {Message}{(Exception is null ? "" : Environment.NewLine + Exception)}";
}
