using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AspirasiEtam.Testing;

/// <summary>
/// Every line the host logs at its configured levels — the message, its values and any exception, as the host's
/// console sinks write them (without scopes, which they never include) — so privacy tests can hunt for a planted
/// identity in the logs.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {Describe(state)} | {exception}");

        private static string Describe<TState>(TState state) =>
            state is IEnumerable<KeyValuePair<string, object?>> values ? string.Join("; ", values.Select(v => $"{v.Key}={v.Value}")) : state?.ToString() ?? string.Empty;
    }
}
