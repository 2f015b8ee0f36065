namespace GoalFrames.Host.Tests.Parity;

/// <summary>
/// One set of scenarios, run against both adapters over HTTP on the real host: each asserts the same stored state and
/// equivalent answers on Slack and on Teams, because both go through the one conversation core.
/// </summary>
public sealed class ParityTests
{
    private const string Target = "smart/dept-head#target";
    private const string Baseline = "smart/dept-head#baseline";

    public static TheoryData<string> Platforms() => ["slack", "teams"];

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task AskEditSave_StoresTheValue_AndMineListsTheDraft(string platform)
    {
        await using var host = await ParityHost.StartAsync();
        var party = Party(platform, host);

        await party.AskInDirectMessageAsync("goals clinops M5 smart");
        var saved = await party.SaveAsync(await party.OpenAsync(Target), Target, "12 studies");
        var mine = await party.MineAsync();

        Assert.Equal("12 studies", await host.StoredAsync(party.Owner, Target));
        Assert.Contains("12 studies", saved, StringComparison.Ordinal);
        Assert.Contains("smart — 1 of 15 filled", mine, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task StaleSave_FromASecondDevice_NeverOverwritesAndSaysChangedElsewhere(string platform)
    {
        await using var host = await ParityHost.StartAsync();
        var party = Party(platform, host);
        await party.AskInDirectMessageAsync("goals clinops M5 smart");
        var phone = await party.OpenAsync(Target);
        var laptop = await party.OpenAsync(Target);

        await party.SaveAsync(phone, Target, "12 studies");
        var stale = await party.SaveAsync(laptop, Target, "15 studies");

        Assert.Equal("12 studies", await host.StoredAsync(party.Owner, Target));
        Assert.Contains("changed elsewhere", stale, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task StaleSave_OfAnotherBlank_KeepsBothValues(string platform)
    {
        await using var host = await ParityHost.StartAsync();
        var party = Party(platform, host);
        await party.AskInDirectMessageAsync("goals clinops M5 smart");
        var phone = await party.OpenAsync(Target);
        var laptop = await party.OpenAsync(Baseline);

        await party.SaveAsync(phone, Target, "12 studies");
        await party.SaveAsync(laptop, Baseline, "8 studies");

        Assert.Equal("12 studies", await host.StoredAsync(party.Owner, Target));
        Assert.Equal("8 studies", await host.StoredAsync(party.Owner, Baseline));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task Reset_AsksFirst_KeepsTheDraft_AndUndoBringsTheValuesBack(string platform)
    {
        await using var host = await ParityHost.StartAsync();
        var party = Party(platform, host);
        await party.AskInDirectMessageAsync("goals clinops M5 smart");
        await party.SaveAsync(await party.OpenAsync(Target), Target, "12 studies");

        var reset = await party.ResetAsync();
        Assert.Contains("Clear every value you saved", reset, StringComparison.Ordinal);
        Assert.Contains("Cleared 1 value", reset, StringComparison.Ordinal);
        Assert.Null(await host.StoredAsync(party.Owner, Target));
        Assert.Equal(1, await host.DraftCountAsync(party.Owner));

        var undone = await party.UndoAsync();
        Assert.Contains("Put 1 value back", undone, StringComparison.Ordinal);
        Assert.Equal("12 studies", await host.StoredAsync(party.Owner, Target));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task CopyAsText_OnASharedMessage_ShowsTheSavedValuesToThePresserOnly(string platform)
    {
        await using var host = await ParityHost.StartAsync();
        var party = Party(platform, host);
        await party.AskInDirectMessageAsync("goals clinops M5 smart");
        await party.SaveAsync(await party.OpenAsync(Target), Target, "12 studies");

        var (reads, sharedChanged) = await party.CopyAsTextOnASharedMessageAsync("goals clinops M5 smart");

        Assert.True(reads.Contains("12 studies", StringComparison.Ordinal), reads);
        Assert.False(sharedChanged, "the shared message must not change, nor anything be posted where others see it");
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task AStoreOutage_IsAnsweredKindly_AndTheNextRequestWorks(string platform)
    {
        await using var host = await ParityHost.StartAsync();
        var party = Party(platform, host);
        await party.AskInDirectMessageAsync("goals clinops M5 smart");
        var editor = await party.OpenAsync(Target);

        using (host.TakeTheStoreAway())
        {
            var answer = await party.MineAsync();
            Assert.Contains("could not finish that", answer, StringComparison.Ordinal);
        }

        await party.SaveAsync(editor, Target, "12 studies");
        Assert.Equal("12 studies", await host.StoredAsync(party.Owner, Target));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task ASlowStore_IsToldStillSaving_AndTheSaveLandsAndShowsAfterwards(string platform)
    {
        await using var host = await ParityHost.StartAsync("--Conversation:DeadlineSeconds", "0.5");
        var party = Party(platform, host);
        await party.AskInDirectMessageAsync("goals clinops M5 smart");
        var editor = await party.OpenAsync(Target);

        var writeLock = host.HoldTheWriteLock();
        var (atOnce, afterwards) = await party.SaveWhileTheStoreIsSlowAsync(editor, Target, "12 studies", writeLock.Dispose);

        Assert.Contains("still saving", atOnce, StringComparison.Ordinal);
        Assert.Contains("12 studies", afterwards, StringComparison.Ordinal);
        Assert.Equal("12 studies", await host.StoredAsync(party.Owner, Target));
    }

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task AStoreStuckPastItsPatience_IsToldStillSaving_ThenThatItCouldNotFinish_AndNothingIsHalfSaved(string platform)
    {
        await using var host = await ParityHost.StartAsync("--Conversation:DeadlineSeconds", "0.5");
        var party = Party(platform, host);
        await party.AskInDirectMessageAsync("goals clinops M5 smart");
        var editor = await party.OpenAsync(Target);

        using (host.HoldTheWriteLock())
        {
            var (atOnce, afterwards) = await party.SaveWhileTheStoreIsStuckAsync(editor, Target, "12 studies");

            Assert.Contains("still saving", atOnce, StringComparison.Ordinal);
            Assert.Contains("could not finish that", afterwards, StringComparison.Ordinal);
        }

        Assert.Null(await host.StoredAsync(party.Owner, Target));
    }

    private static IChatParty Party(string platform, ParityHost host) => platform switch
    {
        "slack" => new SlackParty(host),
        _ => new TeamsParty(host),
    };
}
