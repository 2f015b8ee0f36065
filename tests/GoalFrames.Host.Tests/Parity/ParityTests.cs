using System.Text.Json;

namespace GoalFrames.Host.Tests.Parity;

/// <summary>
/// One set of scenarios, run against both adapters over HTTP on the real host: each asserts the same stored state and
/// equivalent answers on Slack and on Teams, because both go through the one conversation core.
/// </summary>
public sealed class ParityTests
{
    private const string Target = "smart/dept-head#target";
    private const string Baseline = "smart/dept-head#baseline";
    private const string Profile = "CLINIC1.CLINICAL3CD6.M5";

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

    [Theory]
    [MemberData(nameof(Platforms))]
    public async Task ThreeReportsAtTheSameProfile_GoFromNothingToSentAcknowledgedAndExported_AndAQuestionReachesTheManager(string platform)
    {
        await using var host = await ParityHost.StartAsync();
        var party = Party(platform, host);
        var reports = new[] { ("U0101", "ana"), ("U0102", "ben"), ("U0103", "cho") }.Select(r => platform == "teams" ? ("29:" + r.Item1, r.Item2) : r).ToList();

        foreach (var (id, name) in reports)
        {
            await party.AskAboutInDirectMessageAsync(id, name, "clinops M5 smart");
            var saved = await party.SaveAsync(await party.OpenAsync(Target), Target, $"12 studies for {name}");
            Assert.Contains($"Goals for {name}", saved, StringComparison.Ordinal);
            Assert.Contains($"Not sent to {name} yet.", saved, StringComparison.Ordinal);

            var (managerReads, personReceives) = await party.SendAsync(id);
            Assert.Contains($"Sent to {name}.", managerReads, StringComparison.Ordinal);
            Assert.Contains($"12 studies for {name}", personReceives, StringComparison.Ordinal);
            Assert.Contains(" sent you goals for Clinical Trials Operations", personReceives, StringComparison.Ordinal);
            foreach (var (other, _) in reports.Where(r => r.Item2 != name))
            {
                Assert.DoesNotContain($"12 studies for {other}", personReceives, StringComparison.Ordinal);
            }

            var (personReads, managerIsTold) = await party.AcknowledgeAsync(id);
            Assert.Contains("You acknowledged them", personReads, StringComparison.Ordinal);
            Assert.Contains($"{name} acknowledged the goals you sent", managerIsTold, StringComparison.Ordinal);
        }

        var question = await party.AskQuestionAsync(reports[1].Item1, "Per quarter or per year?");
        var team = await party.TeamAsync();

        Assert.Contains("\"Per quarter or per year?\"", question, StringComparison.Ordinal);
        foreach (var (id, name) in reports)
        {
            Assert.Contains($"• {name}: Clinical Trials Operations", team, StringComparison.Ordinal);
            var draft = await host.Store.GetAsync(party.Owner, new Engine.Drafts.DraftSubject(id, name), "CLINIC1.CLINICAL3CD6.M5", Engine.FrameKind.Smart, TestContext.Current.CancellationToken);
            Assert.Equal($"12 studies for {name}", draft!.Content.Values.Single(v => v.Slot == "target").Value);
        }

        Assert.Equal(3, team.Split("acknowledged 20", StringSplitOptions.None).Length - 1);

        // Into the system of record: one document per person, their own goals, each with its canon source.
        using var exported = JsonDocument.Parse(await party.ExportAsync("json"));
        var people = exported.RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("person").GetProperty("name").GetString()!, StringComparer.Ordinal);
        Assert.Equal(reports.Select(r => r.Item2).Order(StringComparer.Ordinal), people.Keys.Order(StringComparer.Ordinal));
        foreach (var (_, name) in reports)
        {
            var text = people[name].GetRawText();
            Assert.Contains($"12 studies for {name}", text, StringComparison.Ordinal);
            Assert.DoesNotContain("12 studies for " + reports.First(r => r.Item2 != name).Item2, text, StringComparison.Ordinal);
            Assert.Contains("CLINIC1.CLINICAL3CD6.M5", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("teams")]
    public async Task ForgettingAPerson_DeletesOnlyTheirDraftsAndWhatWasSentThem_AndRemindersTurnOffAndBackOn(string platform)
    {
        await using var host = await ParityHost.StartAsync();
        var party = Party(platform, host);
        var prefix = platform == "teams" ? "29:" : string.Empty;
        (string Id, string Name) ana = (prefix + "U0101", "ana"), ben = (prefix + "U0102", "ben");
        await party.AskAboutInDirectMessageAsync(ana.Id, ana.Name, "clinops M5 smart");
        await party.SaveAsync(await party.OpenAsync(Target), Target, "12 studies for ana");
        await party.SendAsync(ana.Id);
        await party.AskAboutInDirectMessageAsync(ben.Id, ben.Name, "clinops M5 smart");
        await party.SaveAsync(await party.OpenAsync(Target), Target, "12 studies for ben");

        var forgotten = await party.SayInDirectMessageAsync("goals forget {person}", ana);
        var team = await party.TeamAsync();

        Assert.StartsWith("Forgot this draft:", forgotten, StringComparison.Ordinal);
        Assert.Contains("about ana", forgotten, StringComparison.Ordinal);
        Assert.Contains("Deleted the goals you sent ana: the copy in their chat can no longer be acknowledged or answered.", forgotten, StringComparison.Ordinal);
        Assert.DoesNotContain("• ana:", team, StringComparison.Ordinal);
        Assert.Contains("• ben:", team, StringComparison.Ordinal);
        var cancel = TestContext.Current.CancellationToken;
        Assert.Null(await host.Store.GetAsync(party.Owner, new Engine.Drafts.DraftSubject(ana.Id, ana.Name), Profile, Engine.FrameKind.Smart, cancel));
        Assert.Null(await host.Sent.FindAsync(party.Owner, ana.Id, Profile, cancel));
        Assert.NotNull(await host.Store.GetAsync(party.Owner, new Engine.Drafts.DraftSubject(ben.Id, ben.Name), Profile, Engine.FrameKind.Smart, cancel));

        Assert.Equal("Reminders are off. \"goals remind on\" turns them back on.", await party.SayInDirectMessageAsync("goals remind off"));
        Assert.False(await host.Reminders.WantsRemindersAsync(party.Owner, cancel));
        Assert.StartsWith("Reminders are on:", await party.SayInDirectMessageAsync("goals remind on"), StringComparison.Ordinal);
        Assert.True(await host.Reminders.WantsRemindersAsync(party.Owner, cancel));
    }

    private static IChatParty Party(string platform, ParityHost host) => platform switch
    {
        "slack" => new SlackParty(host),
        _ => new TeamsParty(host),
    };
}
