using GoalFrames.Conversation.Reminders;
using GoalFrames.Testing;
using Microsoft.Extensions.Time.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// Teams reminders are sent exactly once across instances: two Teams hosts on loopback over one PostgreSQL database
/// (created for the test, dropped after) race the same due moment on a fake clock; each manager spoke to one of them, and
/// the fake Bot Connector counts the reminders in each manager's personal chat. Needs <c>GOALFRAMES_TEST_POSTGRES</c>
/// (skipped without it, failed without it under <c>CI=true</c>).
/// </summary>
public sealed class ReminderInstancesTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(CanonCycleReminders.ThreeDaysBefore);
    private readonly List<TeamsTestHost> _instances = [];
    private FakeConnector _connector = null!;
    private TestDatabase? _postgres;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _postgres = await TestDatabase.CreateAsync("goalframes_teams_reminders_");
        _connector = await FakeConnector.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _connector.DisposeAsync();
            await _postgres.DisposeAsync();
        }
    }

    [Fact]
    public async Task TwoInstancesRacingTheSameDueMoment_RemindEachManagerOnceInTheirPersonalChat_AndNotAgainAfterARestart()
    {
        var first = await InstanceAsync();
        var second = await InstanceAsync();
        var alex = new TeamsManager(first.Client, _connector);
        var bea = new TeamsManager(second.Client, _connector, userId: "29:user-2", aadObjectId: "aad-user-2", conversationId: "a:personal-2");
        await alex.SaveIncompleteDraftAboutAsync("29:ana-id", "Ana");
        await alex.SaveIncompleteDraftAboutAsync("29:ben-id", "Ben");
        await bea.SaveIncompleteDraftAboutAsync("29:cho-id", "Cho");

        var sent = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { first, second })
            .Select(instance => Task.Run(() => instance.Services.GetRequiredService<ReminderRunner>().RunOnceAsync(Cancel), Cancel)));

        Assert.Equal(2, sent.Sum());
        var toAlex = CardJson.AllText(Assert.Single(alex.Reminders()));
        Assert.Contains("• Ana:", toAlex, StringComparison.Ordinal);
        Assert.Contains("• Ben:", toAlex, StringComparison.Ordinal);
        Assert.DoesNotContain("Cho", toAlex, StringComparison.Ordinal);
        var toBea = CardJson.AllText(Assert.Single(bea.Reminders()));
        Assert.Contains("• Cho:", toBea, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana", toBea, StringComparison.Ordinal);

        var restarted = await InstanceAsync();
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await restarted.Services.GetRequiredService<ReminderRunner>().RunOnceAsync(Cancel));
        Assert.Equal(0, await first.Services.GetRequiredService<ReminderRunner>().RunOnceAsync(Cancel));
        Assert.Single(alex.Reminders());
        Assert.Single(bea.Reminders());
    }

    /// <summary>One GoalFrames Teams host: PostgreSQL storage, reminders on the canon's review cycle (<see cref="CanonCycleReminders"/>).</summary>
    private async Task<TeamsTestHost> InstanceAsync()
    {
        var instance = await TeamsTestHost.StartAsync(
            new Dictionary<string, string?> { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = _postgres!.ConnectionString },
            CanonCycleReminders.On(_time));
        _instances.Add(instance);
        return instance;
    }
}
