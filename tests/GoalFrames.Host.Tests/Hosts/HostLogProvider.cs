namespace GoalFrames.Host.Tests;

/// <summary>
/// The in-process host's log as the tests read it: every entry the host's logging lets through (the same levels and
/// filters as its console), appended to a <see cref="HostLog"/> as one entry, the exception after the message.
/// </summary>
internal sealed class HostLogProvider(HostLog log) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Writer(log, categoryName);

    public void Dispose()
    {
    }

    private sealed class Writer(HostLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var entry = $"{logLevel}: {category}[{eventId.Id}] {formatter(state, exception)}";
            log.Append(exception is null ? entry : entry + Environment.NewLine + exception);
        }
    }
}
