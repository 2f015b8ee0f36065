using System.Text.Json;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Storage;
using GoalFrames.Slack.SocketMode;

namespace GoalFrames.Slack.Tests;

/// <summary>Socket Mode against a local peer replaying the documented frames (PROTOCOLS.md).</summary>
public sealed class SocketModeServiceTests
{
    private const string Hello = """{"type":"hello","num_connections":2,"debug_info":{"host":"applink-111-xxx","build_number":10,"approximate_connection_time":18060},"connection_info":{"app_id":"A111"}}""";
    private const string EnvelopeId = "1d3c79ab-0ffb-41f3-a080-d19e85f53649";

    [Fact]
    public async Task SlashCommandEnvelope_IsAckedByIdWithTheReply_ThenReconnectsOnRefreshAndStopsOnLinkDisabled()
    {
        await using var peer = await FakeSocketModePeer.StartAsync();
        var acked = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        peer.ThenConversation(async socket =>
        {
            await FakeSocketModePeer.SendAsync(socket, Hello);
            await FakeSocketModePeer.SendAsync(socket, $$$"""
                {"envelope_id":"{{{EnvelopeId}}}","type":"slash_commands","accepts_response_payload":true,
                 "payload":{"token":"x","team_id":"T1","channel_id":"C1","user_id":"U1","command":"/goals","text":"clinops M5 smart","response_url":"https://hooks.slack.com/commands/1","trigger_id":"1.2.3"}}
                """);
            acked.SetResult(await peer.ReceiveAsync(socket));
            await FakeSocketModePeer.SendAsync(socket, """{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"applink-111-xxx"}}""");
        });
        peer.ThenConversation(async socket =>
        {
            await FakeSocketModePeer.SendAsync(socket, Hello);
            await FakeSocketModePeer.SendAsync(socket, """{"type":"disconnect","reason":"link_disabled","debug_info":{"host":"applink-111-xxx"}}""");
            stopped.SetResult();
        });
        await using var services = Services(peer);
        var service = services.GetServices<IHostedService>().OfType<SocketModeService>().Single();

        await service.StartAsync(TestContext.Current.CancellationToken);
        var ack = await acked.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(ack);
        Assert.Equal(EnvelopeId, json.RootElement.GetProperty("envelope_id").GetString());
        Assert.Equal("ephemeral", json.RootElement.GetProperty("payload").GetProperty("response_type").GetString());
        Assert.Contains("Serves as department head for Clinical Operations", json.RootElement.GetProperty("payload").GetProperty("blocks").GetRawText(), StringComparison.Ordinal);
        Assert.Equal(2, peer.ConnectionsOpened);
    }

    [Fact]
    public async Task EventsEnvelope_IsAckedWithoutPayload()
    {
        await using var peer = await FakeSocketModePeer.StartAsync();
        var acked = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        peer.ThenConversation(async socket =>
        {
            await FakeSocketModePeer.SendAsync(socket, Hello);
            await FakeSocketModePeer.SendAsync(socket, """{"envelope_id":"e-1","type":"events_api","accepts_response_payload":false,"retry_attempt":0,"retry_reason":"","payload":{"type":"event_callback","event":{"type":"app_mention","text":"hi"}}}""");
            acked.SetResult(await peer.ReceiveAsync(socket));
            await FakeSocketModePeer.SendAsync(socket, """{"type":"disconnect","reason":"link_disabled"}""");
        });
        await using var services = Services(peer);
        var service = services.GetServices<IHostedService>().OfType<SocketModeService>().Single();

        await service.StartAsync(TestContext.Current.CancellationToken);
        var ack = await acked.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        Assert.Equal("""{"envelope_id":"e-1"}""", ack);
    }

    [Fact]
    public async Task InteractiveEnvelope_ModalWithABadDate_IsAckedWithTheFieldError()
    {
        await using var peer = await FakeSocketModePeer.StartAsync();
        var acked = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        peer.ThenConversation(async socket =>
        {
            await FakeSocketModePeer.SendAsync(socket, Hello);
            await FakeSocketModePeer.SendAsync(socket, """
                {"envelope_id":"i-1","type":"interactive","accepts_response_payload":true,"payload":{"type":"view_submission",
                 "user":{"id":"U1","team_id":"T1"},"team":{"id":"T1"},
                 "view":{"id":"V1","callback_id":"goals.save","private_metadata":"{\"save\":\"{\\\"v\\\":1,\\\"action\\\":\\\"save\\\",\\\"profile\\\":\\\"CLINIC1.CLINICAL3CD6.M5\\\",\\\"frames\\\":\\\"smart\\\",\\\"canon\\\":\\\"x\\\"}\",\"channel\":\"D1\",\"ts\":\"1.1\",\"version\":0}",
                  "state":{"values":{"smart/dept-head#date":{"value":{"type":"plain_text_input","value":"next spring"}}}}}}}
                """);
            acked.SetResult(await peer.ReceiveAsync(socket));
            await FakeSocketModePeer.SendAsync(socket, """{"type":"disconnect","reason":"link_disabled"}""");
        });
        await using var services = Services(peer);
        var service = services.GetServices<IHostedService>().OfType<SocketModeService>().Single();

        await service.StartAsync(TestContext.Current.CancellationToken);
        var ack = await acked.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(ack);
        Assert.Equal("i-1", json.RootElement.GetProperty("envelope_id").GetString());
        Assert.Equal("errors", json.RootElement.GetProperty("payload").GetProperty("response_action").GetString());
        Assert.Equal("Use a date like 2027-03-31.", json.RootElement.GetProperty("payload").GetProperty("errors").GetProperty("smart/dept-head#date").GetString());
    }

    [Fact]
    public async Task NoAppToken_SocketModeDoesNotRun()
    {
        await using var peer = await FakeSocketModePeer.StartAsync();
        await using var services = Services(peer, appToken: null);
        var service = services.GetServices<IHostedService>().OfType<SocketModeService>().Single();

        await service.StartAsync(TestContext.Current.CancellationToken);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(0, peer.ConnectionsOpened);
    }

    private static ServiceProvider Services(FakeSocketModePeer peer, string? appToken = "xapp-test")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:ApiBaseUrl"] = peer.ApiBaseUrl.ToString(),
            ["Slack:AppToken"] = appToken,
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("goalframes-socket-").FullName, "goalframes.db")}",
        }).Build();
        var canon = CanonLoader.LoadOrThrow(Path.Combine(FindRoot(), "canon"));
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<ICanon>(canon)
            .AddSingleton(new GoalsResponder(canon, new FrameEngine()))
            .AddGoalFramesStorage(configuration)
            .AddGoalFramesSlack(configuration)
            .BuildServiceProvider();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GoalFrames.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GoalFrames.sln not found");
    }
}
