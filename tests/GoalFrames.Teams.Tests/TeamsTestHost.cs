using System.Collections.Concurrent;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Storage;
using GoalFrames.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GoalFrames.Teams.Tests;

/// <summary>The Teams adapter in a real Kestrel host on loopback, with the sample canon, as the GoalFrames host wires it.</summary>
internal sealed class TeamsTestHost : IAsyncDisposable
{
    private static readonly Lazy<CanonSnapshot> SampleCanon = new(() => CanonLoader.LoadOrThrow(RepoPaths.SampleCanon));

    private readonly WebApplication _app;

    private readonly string _storeDirectory;

    private TeamsTestHost(WebApplication app, LogSink log, string storeDirectory)
    {
        _storeDirectory = storeDirectory;
        _app = app;
        Logs = log;
        BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        Client = new HttpClient { BaseAddress = BaseUrl };
    }

    public Uri BaseUrl { get; }

    public HttpClient Client { get; }

    public LogSink Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TeamsTestHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, string url = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        // A real SQLite store per host, in a folder of its own, as the GoalFrames host wires it.
        var storeDirectory = Directory.CreateTempSubdirectory("goalframes-teams-").FullName;
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={Path.Combine(storeDirectory, "goalframes.db")}" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var log = new LogSink();
        builder.Logging.ClearProviders().AddProvider(log).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddSingleton(new GoalsResponder(SampleCanon.Value, new FrameEngine()));
        builder.Services.AddGoalFramesStorage(builder.Configuration);
        builder.Services.AddGoalFramesTeams(builder.Configuration);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapGoalFramesTeams();
        await app.StartAsync();
        return new TeamsTestHost(app, log, storeDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_storeDirectory, recursive: true);
    }

    /// <summary>Collects log lines so tests can check what an operator would read.</summary>
    internal sealed class LogSink : ILoggerProvider
    {
        private readonly ConcurrentQueue<(LogLevel Level, string Text)> _lines = new();
        private readonly SemaphoreSlim _arrived = new(0);

        public IReadOnlyList<(LogLevel Level, string Text)> Lines => [.. _lines];

        /// <summary>Waits until a line containing <paramref name="text"/> is logged, woken by each line (no polling).</summary>
        public async Task<string> WaitForAsync(string text, TimeSpan? timeout = null)
        {
            using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
            while (true)
            {
                if (_lines.FirstOrDefault(l => l.Text.Contains(text, StringComparison.Ordinal)) is { Text: { } found })
                {
                    return found;
                }

                try
                {
                    await _arrived.WaitAsync(limit.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"no log line with '{text}' within {(timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds:0} s; logged:\n{string.Join('\n', _lines.Select(l => l.Text))}");
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose() => _arrived.Dispose();

        private sealed class Logger(LogSink sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                // As the console shows it: the message, then the exception's type and message (an operator reads why).
                var text = formatter(state, exception);
                sink._lines.Enqueue((logLevel, exception is null ? text : $"{text}\n{exception.GetType()}: {exception.Message}"));
                sink._arrived.Release();
            }
        }
    }
}
