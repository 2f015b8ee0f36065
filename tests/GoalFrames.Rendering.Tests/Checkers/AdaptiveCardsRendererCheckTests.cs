using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.AdaptiveCards;
using GoalFrames.Rendering.Tests.Chat;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests.Checkers;

/// <summary>
/// Loads cards into Microsoft's adaptivecards renderer in headless Chromium (tests/checkers/render-cards.mjs) and fails on
/// anything it reports while parsing or validating. The renderer there treats TextBlock text as Markdown, as Teams does.
/// </summary>
public sealed class AdaptiveCardsRendererCheckTests
{
    /// <summary>Where the card screenshots go; scripts/refresh-screenshots.sh copies them to docs/img for the README.</summary>
    private static readonly string Screenshots = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    [Fact]
    public async Task Chromium_EveryAdaptiveCardOfTheGoldenTests_ParsesWithoutWarningsAndRenders()
    {
        Require();
        var cards = ChatReplyCases.All
            .SelectMany(c => AdaptiveCardRenderer.Render(ChatReplyCases.Reply(c), c.Mode).Select((card, i) => (Name: $"{c.Name}#{i}", Card: card, Screenshot: ScreenshotOf(c.Name, i))))
            .ToList();
        Directory.CreateDirectory(Screenshots);
        foreach (var shot in cards.Select(c => c.Screenshot).OfType<string>())
        {
            File.Delete(shot);
        }

        var results = await RenderAsync(cards);

        var problems = results.SelectMany(r => r.Problems.Select(p => $"{r.Name}: {p}")).ToList();
        Assert.True(problems.Count == 0, "the adaptivecards renderer reported:\n" + string.Join('\n', problems));
        Assert.Equal(cards.Count, results.Count);
        Assert.All(results, r => Assert.False(string.IsNullOrWhiteSpace(r.Text), $"{r.Name} rendered no text"));
        Assert.Contains("Specific: Deliver: \"Serves as department head for Clinical Operations", results.Single(r => r.Name == "clinops-m5-smart#0").Text, StringComparison.Ordinal);
        foreach (var name in new[] { "adaptivecard-clinops-m5-smart.png", "adaptivecard-clinops-m5-smart-editable.png" })
        {
            Assert.True(new FileInfo(Path.Combine(Screenshots, name)).Length > 10_000, $"artifacts/screenshots/{name} was not written");
        }
    }

    [Fact]
    public async Task Chromium_CanonAndUserTextWithMarkdownCharacters_ShowAsTyped()
    {
        Require();
        const string Canon = "Cut **cost** by _half_ & ship <fast> [now](http://example.invalid)";
        using var dir = new TempCanon($$"""
            family:
              code: MD1
              name: Markdown *family*
            focuses:
              - code: GEN
                name: General
                description: Text full of Markdown characters.
                aliases: [md]
                profiles:
                  - level: M5
                    status: draft
                    version: 1
                    provenance: test
                    core_outputs:
                      - id: cut-cost
                        text: "{{Canon}}"
            """);
        var canon = CanonLoader.LoadOrThrow(dir.Dir);
        var values = new GoalValues([("smart/cut-cost", "target", "*90%* on _time_")]);
        var reply = new GoalsResponder(canon, new FrameEngine()).Respond("goals md M5 smart", values);
        var card = Assert.Single(AdaptiveCardRenderer.Render(reply, ReplyMode.Editable));
        var control = new AdaptiveCard(AdaptiveCardRenderer.Version, [new TextBlock("Cut **cost** by _half_")]);

        var results = await RenderAsync([("markdown", card, null), ("control", control, null)]);

        Assert.Empty(results[0].Problems);
        Assert.Contains("1. " + Canon, results[0].Text, StringComparison.Ordinal);
        Assert.Contains("Markdown *family*", results[0].Text, StringComparison.Ordinal);
        Assert.Contains("to *90%* on _time_ by", results[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", results[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chromium_CardWithAnUnknownElement_IsReported()
    {
        Require();
        var card = new AdaptiveCard(AdaptiveCardRenderer.Version, [new ColumnSet([new Column([new TextBlock("x")]) { Width = "wide" }])]);

        var results = await RenderAsync([("broken", card, null)]);

        Assert.NotEmpty(results[0].Problems);
    }

    private static void Require()
    {
        ExternalCheckers.RequireNodePackages("adaptivecards", "playwright-core");
        ExternalCheckers.RequireChromium();
    }

    private static string? ScreenshotOf(string name, int index) => index == 0 && name is "clinops-m5-smart" or "clinops-m5-smart-editable" or "clinops-m4-m5-growth-editable" or "clinops-m5-smart-about-editable" or "clinops-m5-smart-received"
        ? Path.Combine(Screenshots, $"adaptivecard-{name}.png")
        : null;

    private static async Task<List<RenderResult>> RenderAsync(List<(string Name, AdaptiveCard Card, string? Screenshot)> cards)
    {
        var request = new JsonObject
        {
            ["cards"] = new JsonArray([.. cards.Select(c => new JsonObject
            {
                ["name"] = c.Name,
                ["card"] = JsonSerializer.SerializeToNode(c.Card, AdaptiveCardsJsonContext.Default.AdaptiveCard),
                ["screenshot"] = c.Screenshot,
            })]),
        };
        var dir = ExternalCheckers.ScratchDirectory();
        try
        {
            var file = Path.Combine(dir, "request.json");
            await File.WriteAllTextAsync(file, request.ToJsonString(), TestContext.Current.CancellationToken);
            var (exitCode, output, error) = await ExternalCheckers.RunAsync("node", ["render-cards.mjs", file], TimeSpan.FromMinutes(4));
            Assert.True(exitCode == 0, $"render-cards.mjs failed ({exitCode}):\n{error}");
            var results = JsonNode.Parse(output)!.AsArray();
            return [.. results.Select(r => new RenderResult(
                r!["name"]!.GetValue<string>(),
                [.. r["problems"]!.AsArray().Select(p => p!.GetValue<string>())],
                r["text"]!.GetValue<string>()))];
        }
        finally
        {
            ExternalCheckers.Delete(dir);
        }
    }

    private sealed record RenderResult(string Name, IReadOnlyList<string> Problems, string Text);
}
