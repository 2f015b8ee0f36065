using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage;
using GoalFrames.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GoalFrames.Conversation.Tests;

/// <summary>The conversation core as the host wires it: the sample canon and a real SQLite store in a temp folder.</summary>
internal sealed class CoreHarness : IAsyncDisposable
{
    public const string Profile = "CLINIC1.CLINICAL3CD6.M5";
    private static readonly Lazy<CanonSnapshot> SampleCanon = new(() => CanonLoader.LoadOrThrow(RepoPaths.SampleCanon));
    private readonly ServiceProvider _services;
    private readonly string _directory;

    public CoreHarness(Func<IDraftStore, IDraftStore>? wrapStore = null, ConversationOptions? options = null, int perMinute = 600, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        _directory = Directory.CreateTempSubdirectory("goalframes-core-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_directory, "goalframes.db")}",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(Microsoft.Extensions.Logging.Abstractions.NullLogger<>));
        services.AddSingleton(new GoalsResponder(SampleCanon.Value, new FrameEngine()));
        services.AddSingleton(sp => new UserRateLimiter(perMinute, burst: Math.Max(1, perMinute / 6), TimeProvider.System));
        services.AddGoalFramesStorage(configuration);
        if (wrapStore is not null)
        {
            var inner = services.Last(s => s.ServiceType == typeof(IDraftStore));
            services.Remove(inner);
            services.AddSingleton(sp => wrapStore((IDraftStore)(inner.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!))));
        }

        services.AddSingleton<IPersonMessenger>(Messenger);
        services.AddSingleton<GoalFrames.Engine.Exports.IGoalsFiles, GoalFrames.Rendering.Exports.Team.RenderedGoalsFiles>();
        configure?.Invoke(services);
        services.AddGoalFramesConversation(options);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
        Core = _services.GetRequiredService<ConversationCore>();
        Store = _services.GetRequiredService<IDraftStore>();
    }

    public ConversationCore Core { get; }

    public RecordingMessenger Messenger { get; } = new();

    public ISentGoalsStore Sent => _services.GetRequiredService<ISentGoalsStore>();

    /// <summary>The services, for what a test registered with <c>configure</c>.</summary>
    public IServiceProvider Services => _services;

    /// <summary>The SQLite database file.</summary>
    public string DatabaseFile => Path.Combine(_directory, "goalframes.db");

    public IDraftStore Store { get; }

    public static DraftOwner Manager { get; } = new("slack", "T1", "U1");

    public static ConversationRequest InDm { get; } = ConversationRequest.Of(Manager, SurfaceKind.DirectMessage);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
