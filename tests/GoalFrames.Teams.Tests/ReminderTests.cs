using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Canon;
using GoalFrames.Conversation.Reminders;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;
using Microsoft.Extensions.Time.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// Reminders in Teams, through the host on loopback and a fake Bot Connector: the sample canon's review cycle has goals
/// due on Sunday 31 January 2027 and reminders go out 3 and 2 days before (Thursday 28 and Friday 29), in working hours
/// of <c>Reminders:TimeZone</c> (UTC; Teams gives no zone). A manager the bot knows from their personal chat is reminded
/// there, by the same messenger as "send to the report".
/// </summary>
public sealed class ReminderTests : IAsyncLifetime
{
    private const string Target = "smart/dept-head#target";
    private const string ReminderOpens = "Goals are due in ";

    /// <summary>Where a message to the manager's stored personal chat is posted (the fake connector's service URL path).</summary>
    private const string PersonalChat = "/teams/v3/conversations/a:personal-1/activities";

    /// <summary>Thursday 28 January 2027, 10:00 UTC: three days before the canon's goals due date, in working hours.</summary>
    private static readonly DateTimeOffset ThreeDaysBefore = new(2027, 1, 28, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(ThreeDaysBefore);
    private FakeConnector _connector = null!;
    private TeamsTestHost _host = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = await TeamsTestHost.StartAsync(configure: services =>
        {
            // As the host wires reminders (ReminderService.AddTo): the due date of the canon's review cycle.
            services.AddSingleton<TimeProvider>(_time);
            services.AddSingleton<ICanonSource>(sp => new FixedCanonSource(sp.GetRequiredService<GoalsResponder>().Canon));
            services.AddGoalFramesReminders(new ReminderOptions([3, 2], TimeZoneInfo.Utc, WorkingHours.Default));
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task AManagerKnownFromTheirPersonalChat_IsRemindedThereOnce_AndStopRemindersSilencesTheNextReminderDay()
    {
        await SaveIncompleteDraftAboutAnaAsync();

        await RunTheLoopUntilAsync("sent to teams/tenant-1/aad-user-1");

        var reminder = Assert.Single(Reminders());
        Assert.Equal("POST", reminder.Method);
        Assert.Equal(PersonalChat, Uri.UnescapeDataString(reminder.RawPath));
        Assert.DoesNotContain(_connector.Calls, c => c.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal));
        var card = Assert.Single(reminder.Cards);
        var lines = CardJson.AllText(card).Split('\n');
        Assert.Equal("Goals are due in 3 days, on Sunday 31 January 2027. Still to do:", lines[0]);
        var ana = Assert.Single(lines, l => l.StartsWith("• Ana:", StringComparison.Ordinal));
        Assert.Contains("blanks empty", ana, StringComparison.Ordinal);
        Assert.Contains("not sent to Ana yet", ana, StringComparison.Ordinal);
        Assert.Equal(["Open Ana", "Stop reminders"], CardJson.ButtonTitles(card));

        // Open Ana: the manager lands on their drafts about her.
        var opened = await PressAsync(card, "Open Ana");
        Assert.StartsWith("Your drafts about Ana:", opened.GetString(), StringComparison.Ordinal);

        // At most one a day: a later round of the same day sends nothing.
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await RoundAsync());
        Assert.Single(Reminders());

        var stopped = await PressAsync(card, "Stop reminders");
        Assert.Equal("Reminders are off. \"goals remind on\" turns them back on.", stopped.GetString());

        // Friday 29 January, two days before: a reminder day, but the manager said stop.
        _time.Advance(TimeSpan.FromDays(1) - TimeSpan.FromHours(2));
        Assert.Equal(0, await RoundAsync());
        Assert.Single(Reminders());

        // Turned back on the same Friday, the day's reminder goes out: the silence above was the opt-out.
        await SayAsync(TeamsActivities.Message(_connector.ServiceUrl, "goals remind on"), "Reminders are on");
        Assert.Equal(1, await RoundAsync());
        Assert.StartsWith("Goals are due in 2 days, on Sunday 31 January 2027.", CardJson.AllText(Assert.Single(Reminders()[1].Cards)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManagerInATenantWhereTheBotKnowsNoConversation_IsLoggedAsUnreachable_TriedThreeTimesThatDay_AndOthersAreStillReminded()
    {
        // Kim's draft is in the store under tenant-0, where the bot holds no conversation reference (written to the store
        // directly: through Teams, saving a draft stores the chat it came from). tenant-0 sorts first, so her failure
        // comes before Alex's reminder in the same round.
        var kim = new DraftOwner("teams", "tenant-0", "aad-kim");
        var content = Samples.Content(FrameKind.Smart, (Samples.FirstItem(FrameKind.Smart), "target", "12")) with { About = new DraftSubject("29:ben-id", "Ben") };
        Assert.IsType<SaveResult.Saved>(await _host.Services.GetRequiredService<IDraftStore>().SaveAsync(kim, content, 0, Cancel));
        await SaveIncompleteDraftAboutAnaAsync();

        await RunTheLoopUntilAsync("sent to teams/tenant-1/aad-user-1");

        var failure = Assert.Single(Failures());
        Assert.Equal(LogLevel.Warning, failure.Level);
        Assert.Contains("GoalFrames has no conversation in this organisation", failure.Text, StringComparison.Ordinal);
        var toAlex = Assert.Single(Reminders());
        Assert.Equal(PersonalChat, Uri.UnescapeDataString(toAlex.RawPath));
        Assert.DoesNotContain("Ben", CardJson.AllText(Assert.Single(toAlex.Cards)), StringComparison.Ordinal);

        // The claim was given back: the next rounds try Kim again, up to three attempts for the day, then give up.
        var tries = new List<int>();
        for (var round = 0; round < 3; round++)
        {
            _time.Advance(TimeSpan.FromMinutes(5));
            Assert.Equal(0, await RoundAsync());
            tries.Add(Failures().Count);
        }

        Assert.Equal([2, 3, 3], tries);
        Assert.Single(Reminders());

        // Friday 29 January is the next reminder day: Kim is tried again (and still unreachable), Alex is reminded.
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await RoundAsync());
        Assert.Equal(4, Failures().Count);
        Assert.Equal(2, Reminders().Count);
    }

    /// <summary>
    /// Alex (from the shared activities) in their personal chat: <c>goals @Ana clinops M5 smart</c> with a mention
    /// entity, then Save with one blank filled (the Action.Execute invoke).
    /// </summary>
    private async Task SaveIncompleteDraftAboutAnaAsync()
    {
        var mention = new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Ana</at>",
            ["mentioned"] = new JsonObject { ["id"] = "29:ana-id", ["name"] = "Ana" },
        };
        var card = await SayAsync(TeamsActivities.Message(_connector.ServiceUrl, "goals <at>Ana</at> clinops M5 smart", entities: [mention]), "Goals for Ana");
        var data = CardJson.ExecuteData(card, "save");
        data[Target] = "12 studies on plan";
        var calls = _connector.Calls.Count;
        using var saved = await PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, data, replyToId: "activity-1"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await _connector.WaitForCallsAsync(calls + 1);
    }

    /// <summary>Runs the reminder loop as the host does, until the line is logged, then stops it.</summary>
    private async Task RunTheLoopUntilAsync(string line)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var loop = _host.Services.GetRequiredService<ReminderLoop>().RunAsync(stop.Token);
        await _host.Logs.WaitForAsync(line);
        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
    }

    private Task<int> RoundAsync() => _host.Services.GetRequiredService<ReminderRunner>().RunOnceAsync(Cancel);

    /// <summary>The messages GoalFrames posted that are reminders.</summary>
    private List<ConnectorCall> Reminders() =>
        [.. _connector.Calls.Where(c => c.Method == "POST" && c.Body.Length > 0 && c.Cards.Any(card => CardJson.AllText(card).StartsWith(ReminderOpens, StringComparison.Ordinal)))];

    private List<(LogLevel Level, string Text)> Failures() =>
        [.. _host.Logs.Lines.Where(l => l.Text.Contains("Reminder to teams/tenant-0/aad-kim failed", StringComparison.Ordinal))];

    /// <summary>Posts a message and returns the first reply (its card, else its text) that contains <paramref name="expected"/>.</summary>
    private async Task<JsonElement> SayAsync(JsonObject activity, string expected)
    {
        var seen = _connector.Calls.Count;
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        while (true)
        {
            var calls = await _connector.WaitForCallsAsync(seen + 1);
            for (; seen < calls.Count; seen++)
            {
                var reply = calls[seen];
                if (reply.Cards.FirstOrDefault(c => CardJson.AllText(c).Contains(expected, StringComparison.Ordinal)) is { ValueKind: JsonValueKind.Object } card)
                {
                    return card;
                }

                if (reply.Text?.Contains(expected, StringComparison.Ordinal) == true)
                {
                    return JsonSerializer.SerializeToElement(reply.Text);
                }
            }
        }
    }

    /// <summary>Presses the card's button with this title (an Action.Execute invoke) and returns the invoke response's value.</summary>
    private async Task<JsonElement> PressAsync(JsonElement card, string title)
    {
        var button = CardJson.OfType(card, "Action.Execute").Single(a => a.GetProperty("title").GetString() == title);
        var data = JsonNode.Parse(button.GetProperty("data").GetRawText())!;
        using var response = await PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, data, replyToId: "reminder-1"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return body.RootElement.GetProperty("value").Clone();
    }

    private Task<HttpResponseMessage> PostAsync(JsonNode activity) =>
        _host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(activity), Cancel);
}
