using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Shian.Tests.Infrastructure;

/// <summary>
/// Collects what the app logs at Error level, so that a test failing on a 500 can show the server's exception
/// (the app itself answers only with a trace id).
/// </summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ServerErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var entry = $"{category}: {formatter(state, exception)}\n{exception}";
            log._entries.Enqueue(entry);
            var file = Environment.GetEnvironmentVariable("SHIAN_TEST_ERROR_LOG");
            if (!string.IsNullOrEmpty(file))
            {
                lock (log)
                {
                    File.AppendAllText(file, entry + "\n\n");
                }
            }
        }
    }
}
