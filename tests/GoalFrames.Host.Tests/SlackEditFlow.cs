using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>
/// Drives the Slack edit flow the way a person's clicks would: the buttons and modals come from GoalFrames' own replies
/// (read back from the fake Slack), never built by the test.
/// </summary>
internal sealed class SlackEditFlow(HttpClient client, FakeSlackApi slack, string secret)
{
    public const string Team = "T1";
    public const string User = "U1";

    public async Task<string> ButtonValueAsync(string command, string label)
    {
        var body = $"command=%2Fgoals&text={Uri.EscapeDataString(command)}&team_id={Team}&user_id={User}&channel_id=C1&response_url={Uri.EscapeDataString(slack.ResponseUrl.ToString())}&trigger_id=1.2.3";
        using var response = await SlackSigner.PostAsync(client, secret, "slack/commands", body, "application/x-www-form-urlencoded");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return Button(json.RootElement.GetProperty("blocks"), label);
    }

    public async Task<HttpResponseMessage> ClickAsync(string value, string? channel = null, string? ts = null, bool ephemeral = true, string user = User, IReadOnlyDictionary<string, string>? typed = null)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user, ["team_id"] = Team, ["name"] = user == User ? "Alex Kim" : user },
            ["team"] = new JsonObject { ["id"] = Team },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts ?? "9.9", ["channel_id"] = channel ?? "C1", ["is_ephemeral"] = ephemeral },
            ["response_url"] = slack.ResponseUrl.ToString(),
            ["trigger_id"] = "trigger-1",
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "goals", ["block_id"] = "b", ["value"] = value }),
        };
        if (typed is not null)
        {
            // A message with inputs: Slack sends what was typed as state.values[block_id][action_id].
            payload["state"] = new JsonObject
            {
                ["values"] = new JsonObject(typed.Select(t => KeyValuePair.Create<string, JsonNode?>(t.Key, new JsonObject
                {
                    [t.Key] = new JsonObject { ["type"] = "plain_text_input", ["value"] = t.Value },
                }))),
            };
        }

        return await SlackSigner.InteractAsync(client, secret, payload.ToJsonString());
    }

    public async Task<HttpResponseMessage> SubmitAsync(string privateMetadata, IReadOnlyDictionary<string, string> values)
    {
        var state = new JsonObject();
        foreach (var (block, value) in values)
        {
            state[block] = new JsonObject
            {
                ["value"] = block.EndsWith("date", StringComparison.Ordinal) && !value.StartsWith('x')
                    ? new JsonObject { ["type"] = "datepicker", ["selected_date"] = value }
                    : new JsonObject { ["type"] = "plain_text_input", ["value"] = value },
            };
        }

        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["user"] = new JsonObject { ["id"] = User, ["team_id"] = Team },
            ["team"] = new JsonObject { ["id"] = Team },
            ["view"] = new JsonObject { ["id"] = "V1", ["callback_id"] = "goals.save", ["private_metadata"] = privateMetadata, ["state"] = new JsonObject { ["values"] = state } },
        };
        return await SlackSigner.InteractAsync(client, secret, payload.ToJsonString());
    }

    public static string Button(JsonElement blocks, string label) =>
        blocks.EnumerateArray()
            .SelectMany(b => b.TryGetProperty("elements", out var e) ? e.EnumerateArray() : b.TryGetProperty("accessory", out var a) ? [a] : Enumerable.Empty<JsonElement>())
            .Where(e => e.GetProperty("type").GetString() == "button" && e.GetProperty("text").GetProperty("text").GetString() == label)
            .Select(e => e.GetProperty("value").GetString()!)
            .First();

    public static IReadOnlyList<string> Buttons(JsonElement blocks, string label) =>
        [.. blocks.EnumerateArray()
            .SelectMany(b => b.TryGetProperty("elements", out var e) ? e.EnumerateArray() : b.TryGetProperty("accessory", out var a) ? [a] : Enumerable.Empty<JsonElement>())
            .Where(e => e.GetProperty("type").GetString() == "button" && e.GetProperty("text").GetProperty("text").GetString() == label)
            .Select(e => e.GetProperty("value").GetString()!)];
}
