using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Host.Tests.Parity;
using GoalFrames.Testing;
using Sylvan.Data.Csv;

namespace GoalFrames.Host.Tests;

/// <summary>
/// <c>goals export</c> through the real host on loopback: the manager's team file arrives as a file (Slack's external
/// upload into the DM; a Teams file consent card, then the upload and a file card), emails come from the platform's
/// people directory, and only configured HR administrators export everyone's.
/// </summary>
public sealed class ExportChatTests
{
    private const string Profile = "CLINIC1.CLINICAL3CD6.M5";
    private static readonly CanonSnapshot Canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
    private static readonly int SmartGoals = new FrameEngine().Build(Canon, Canon.FindProfile(Profile)!, [FrameKind.Smart]).Sections[0].Items.Count();

    [Fact]
    public async Task Slack_ManagerExports_TheFileIsUploadedIntoTheirDm_WithEmailsFromUsersInfo_AndWhoHasNoneIsNamed()
    {
        await using var host = await ParityHost.StartAsync("--Conversation:DeadlineSeconds", "60");
        host.Slack.People["U100"] = ("Ada Lovelace", "ada@example.com", "Europe/London");
        host.Slack.People["U200"] = ("Grace Hopper", null, "America/New_York");
        var manager = new DraftOwner("slack", "T1", "U1");
        await SaveAsync(host, manager, new DraftSubject("U100", "Ada Lovelace"));
        await SaveAsync(host, manager, new DraftSubject("U200", "Grace Hopper"));
        await SaveAsync(host, new DraftOwner("slack", "T1", "U9"), new DraftSubject("U300", "Edsger Dijkstra") { Email = "edsger@example.com" });

        var answer = await SlashCommandAsync(host, "U1", "export cultureamp");

        Assert.Contains($"goals-cultureamp.csv: {SmartGoals} goals of 1 person", answer, StringComparison.Ordinal);
        Assert.Contains("Not in it, because I don't know their email: Grace Hopper", answer, StringComparison.Ordinal);
        var asked = await host.Slack.WaitForAsync("files.getUploadURLExternal");
        var completed = await host.Slack.WaitForAsync("files.completeUploadExternal");
        var fileId = JsonDocument.Parse(Form(completed.Body)["files"]).RootElement[0].GetProperty("id").GetString()!;
        var bytes = host.Slack.Uploads[fileId];
        Assert.Equal(("goals-cultureamp.csv", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), (Form(asked.Body)["filename"], Form(asked.Body)["length"]));
        Assert.Equal("D0DM", Form(completed.Body)["channel_id"]);
        Assert.Contains("\"users\":\"U1\"", (await host.Slack.WaitForAsync("conversations.open")).Body, StringComparison.Ordinal);
        var rows = Csv(bytes);
        Assert.Equal(SmartGoals, rows.Count);
        Assert.All(rows, r => Assert.Equal("ada@example.com", r["email"]));
        Assert.All(rows, r => Assert.Contains($"canon {Profile}, row ", r["description"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slack_ExportTypedInTheDm_PostsTheWordsThenUploadsTheFileThere()
    {
        await using var host = await ParityHost.StartAsync("--Conversation:DeadlineSeconds", "60");
        await SaveAsync(host, new DraftOwner("slack", "T1", "U1"), new DraftSubject("U100", "Ada Lovelace") { Email = "ada@example.com" });
        var body = """{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"EvExport1","event_time":1700000000,"event":{"type":"message","channel":"D0DM","channel_type":"im","user":"U1","text":"goals export markdown","ts":"1700000001.000201"}}""";

        using (await SlackSigner.PostAsync(host.Client, ParityHost.SlackSecret, "slack/events", body, "application/json"))
        {
        }

        var said = await host.Slack.WaitForAsync("chat.postMessage");
        var completed = await host.Slack.WaitForAsync("files.completeUploadExternal");
        Assert.Contains("goals-markdown.md", said.Body, StringComparison.Ordinal);
        Assert.Equal("D0DM", Form(completed.Body)["channel_id"]);
        var fileId = JsonDocument.Parse(Form(completed.Body)["files"]).RootElement[0].GetProperty("id").GetString()!;
        Assert.StartsWith("# Ada Lovelace\n", System.Text.Encoding.UTF8.GetString(host.Slack.Uploads[fileId]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slack_OnlyConfiguredHrAdministratorsExportEveryones_InTheirOwnWorkspace()
    {
        await using var host = await ParityHost.StartAsync("--Conversation:DeadlineSeconds", "60", "--Exports:HrAdministrators:0", "slack/T1/UHR");
        await SaveAsync(host, new DraftOwner("slack", "T1", "U1"), new DraftSubject("U100", "Ada Lovelace") { Email = "ada@example.com" });
        await SaveAsync(host, new DraftOwner("slack", "T1", "U9"), new DraftSubject("U300", "Edsger Dijkstra") { Email = "edsger@example.com" });
        await SaveAsync(host, new DraftOwner("slack", "T2", "U9"), new DraftSubject("U400", "Barbara Liskov") { Email = "barbara@example.com" });

        var refused = await SlashCommandAsync(host, "U1", "export all json");
        var everyone = await SlashCommandAsync(host, "UHR", "export all json");

        Assert.Contains("Only HR administrators can export everyone's goals", refused, StringComparison.Ordinal);
        Assert.Contains($"everyone's goals file, goals-json.json: {2 * SmartGoals} goals of 2 people", everyone, StringComparison.Ordinal);
        var completed = await host.Slack.WaitForAsync("files.completeUploadExternal");
        Assert.Equal(1, host.Slack.CallsTo("files.completeUploadExternal"));
        var fileId = JsonDocument.Parse(Form(completed.Body)["files"]).RootElement[0].GetProperty("id").GetString()!;
        var people = JsonDocument.Parse(host.Slack.Uploads[fileId]).RootElement.EnumerateArray().Select(p => p.GetProperty("person").GetProperty("name").GetString()).ToList();
        Assert.Equal(["Ada Lovelace", "Edsger Dijkstra"], people);
    }

    [Fact]
    public async Task Teams_ManagerExports_AFileConsentCard_AcceptUploadsTheFileAndShowsIt_DeclineSaysSo()
    {
        await using var host = await ParityHost.StartAsync("--Conversation:DeadlineSeconds", "60");
        var connector = host.Connector;
        connector.Members["29:report-1"] = ("Ada Lovelace", "ada@contoso.com");
        var manager = new DraftOwner("teams", TeamsActivities.TenantId, "aad-user-1");
        await SaveAsync(host, manager, new DraftSubject("29:report-1", "Ada Lovelace"));
        await SaveAsync(host, manager, new DraftSubject("29:report-2", "Grace Hopper"));
        // The manager spoke in a channel the reports are in: the bot can ask the roster there.
        await MessageAsync(host, TeamsActivities.Message(connector.ServiceUrl, "goals help", conversationType: "channel", conversationId: "19:general@thread.tacv2"), c => c.Text is not null || c.Cards.Count > 0);

        var words = await MessageAsync(host, TeamsActivities.Message(connector.ServiceUrl, "goals export betterworks"), c => c.Text?.Contains("goals-betterworks.csv", StringComparison.Ordinal) == true);
        var offer = await WaitForAsync(host, c => Attachment(c, "application/vnd.microsoft.teams.card.file.consent") is not null);
        var consent = Attachment(offer, "application/vnd.microsoft.teams.card.file.consent")!.Value;

        Assert.Contains($"{SmartGoals} goals of 1 person", words.Text, StringComparison.Ordinal);
        Assert.Contains("Grace Hopper", words.Text, StringComparison.Ordinal);
        Assert.Equal("goals-betterworks.csv", consent.GetProperty("name").GetString());
        var size = consent.GetProperty("content").GetProperty("sizeInBytes").GetInt64();
        var uploadInfo = new JsonObject
        {
            ["name"] = "goals-betterworks.csv",
            ["uploadUrl"] = connector.UploadUrl("goals-betterworks.csv"),
            ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/alex/Documents/Applications/GoalFrames/goals-betterworks.csv",
            ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
            ["fileType"] = "csv",
        };
        using (var accepted = await host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(TeamsActivities.FileConsent(connector.ServiceUrl, "accept", JsonNode.Parse(consent.GetProperty("content").GetProperty("acceptContext").GetRawText()), uploadInfo)), TestContext.Current.CancellationToken))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, accepted.StatusCode);
        }

        var shown = await WaitForAsync(host, c => Attachment(c, "application/vnd.microsoft.teams.card.file.info") is not null);
        var info = Attachment(shown, "application/vnd.microsoft.teams.card.file.info")!.Value;
        var (body, range) = connector.Uploads["goals-betterworks.csv"];
        Assert.Equal($"bytes 0-{size - 1}/{size}", range);
        Assert.Equal((uploadInfo["contentUrl"]!.GetValue<string>(), "csv"), (info.GetProperty("contentUrl").GetString(), info.GetProperty("content").GetProperty("fileType").GetString()));
        var rows = Csv(System.Text.Encoding.UTF8.GetBytes(body));
        Assert.Equal(SmartGoals, rows.Count(r => r["type"] == "goal"));
        Assert.All(rows, r => Assert.Equal("ada@contoso.com", r["owner_email"]));

        await MessageAsync(host, TeamsActivities.Message(connector.ServiceUrl, "goals export json"), c => c.Text?.Contains("goals-json.json", StringComparison.Ordinal) == true);
        var second = Attachment(await WaitForAsync(host, c => Attachment(c, "application/vnd.microsoft.teams.card.file.consent")?.GetProperty("name").GetString() == "goals-json.json"), "application/vnd.microsoft.teams.card.file.consent")!.Value;
        using (await host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(TeamsActivities.FileConsent(connector.ServiceUrl, "decline", JsonNode.Parse(second.GetProperty("content").GetProperty("declineContext").GetRawText()), null)), TestContext.Current.CancellationToken))
        {
        }

        var declined = await WaitForAsync(host, c => c.Text?.Contains("You declined goals-json.json", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("goals-json.json", connector.Uploads.Keys);
        Assert.NotNull(declined.Text);
    }

    private static async Task SaveAsync(ParityHost host, DraftOwner owner, DraftSubject about)
    {
        var sheet = new FrameEngine().Build(Canon, Canon.FindProfile(Profile)!, [FrameKind.Smart]);
        var item = sheet.Sections[0].Items.First().Key;
        var content = DraftContent.FromSheet(sheet, FrameKind.Smart, [new DraftValue(item, "baseline", "2"), new DraftValue(item, "target", "4"), new DraftValue(item, "date", "2027-06-30")])! with { About = about };
        Assert.IsType<SaveResult.Saved>(await host.Store.SaveAsync(owner, content, 0, TestContext.Current.CancellationToken));
    }

    /// <summary>Types /goals … as a Slack user in their DM with the app; returns the text of the ephemeral answer.</summary>
    private static async Task<string> SlashCommandAsync(ParityHost host, string user, string text)
    {
        var body = $"command=%2Fgoals&text={Uri.EscapeDataString(text)}&team_id=T1&user_id={user}&channel_id=D0DM&response_url={Uri.EscapeDataString(host.Slack.ResponseUrl.ToString())}&trigger_id=1.2.3";
        using var response = await SlackSigner.PostAsync(host.Client, ParityHost.SlackSecret, "slack/commands", body, "application/x-www-form-urlencoded");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("text").GetString()!;
    }

    private static async Task<ConnectorCall> MessageAsync(ParityHost host, JsonObject activity, Func<ConnectorCall, bool> answer)
    {
        var before = host.Connector.Calls.Count;
        using (await host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(activity), TestContext.Current.CancellationToken))
        {
        }

        return await WaitForAsync(host, answer, before);
    }

    /// <summary>Waits for the first connector call (from <paramref name="after"/> on) that the test is looking for; each arriving call wakes it.</summary>
    private static async Task<ConnectorCall> WaitForAsync(ParityHost host, Func<ConnectorCall, bool> wanted, int after = 0)
    {
        for (var seen = Math.Max(after, 0) + 1; ; seen++)
        {
            var calls = await host.Connector.WaitForCallsAsync(seen, TimeSpan.FromSeconds(30));
            if (calls.Skip(after).FirstOrDefault(c => c.Method == "POST" && c.Body.Length > 0 && c.Body[0] == '{' && wanted(c)) is { } found)
            {
                return found;
            }
        }
    }

    private static JsonElement? Attachment(ConnectorCall call, string contentType) =>
        call.Json.TryGetProperty("attachments", out var attachments)
            ? attachments.EnumerateArray().Where(a => a.GetProperty("contentType").GetString() == contentType).Select(a => (JsonElement?)a).FirstOrDefault()
            : null;

    private static Dictionary<string, string> Form(string body) =>
        body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')), StringComparer.Ordinal);

    private static List<Dictionary<string, string>> Csv(byte[] bytes)
    {
        using var reader = CsvDataReader.Create(new StringReader(System.Text.Encoding.UTF8.GetString(bytes)), new CsvDataReaderOptions { Delimiter = ',' });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetString, StringComparer.Ordinal));
        }

        return rows;
    }
}
