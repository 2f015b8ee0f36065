using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>A test class's fake Bot Connector and the Teams host that talks to it, started and stopped with the class's tests.</summary>
public abstract class ConnectorAndHost : IAsyncLifetime
{
    private protected FakeConnector Connector { get; private set; } = null!;

    private protected TeamsTestHost Host { get; private set; } = null!;

    private protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Host = await TeamsTestHost.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
