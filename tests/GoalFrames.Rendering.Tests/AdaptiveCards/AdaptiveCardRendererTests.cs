using System.Text.Json;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.AdaptiveCards;
using GoalFrames.Rendering.Tests.Chat;

namespace GoalFrames.Rendering.Tests.AdaptiveCards;

public sealed class AdaptiveCardRendererTests
{
    [Theory]
    [MemberData(nameof(ChatReplyCases.Names), MemberType = typeof(ChatReplyCases))]
    public void Render_EveryCommandReply_SetsVersionFallbackAndStaysInBudget(string name)
    {
        var replyCase = ChatReplyCases.Named(name);

        var cards = AdaptiveCardRenderer.Render(ChatReplyCases.Reply(replyCase), replyCase.Mode);

        Assert.All(cards, card =>
        {
            Assert.Equal("1.5", card.Version);
            Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
            Assert.InRange(AdaptiveCardRenderer.SizeOf(card), 1, AdaptiveCardRenderer.PayloadBudgetBytes);
        });
    }

    [Fact]
    public void Render_EveryButton_IsAnExecuteWithASubmitFallbackCarryingTheSameData()
    {
        var buttons = ChatReplyCases.All.SelectMany(c => AdaptiveCardRenderer.Render(ChatReplyCases.Reply(c), c.Mode)).SelectMany(Actions).ToList();

        Assert.NotEmpty(buttons);
        Assert.All(buttons, button =>
        {
            var execute = Assert.IsType<ExecuteAction>(button);
            var fallback = Assert.IsType<SubmitAction>(execute.Fallback);
            Assert.Equal(execute.Data, fallback.Data);
            Assert.Equal(execute.Title, fallback.Title);
            Assert.Equal(execute.Verb, execute.Data.Action);
            Assert.IsType<ActionReadResult.Accepted>(ActionPayloads.Read(execute.Data));
        });
    }

    [Fact]
    public void Render_EditableSmart_HasAnInputPerBlankPrefilledAndSaveInsideAnActionSet()
    {
        var card = Assert.Single(AdaptiveCardRenderer.Render(ChatReplyCases.Reply(ChatReplyCases.Named("clinops-m5-smart-editable")), ReplyMode.Editable));
        var elements = Flatten(card.Body).ToList();

        var inputs = elements.Where(e => e is InputText or InputDate).ToList();
        Assert.Equal(15, inputs.Count);
        Assert.Equal("*90%* <on time> & _under_ budget", Assert.IsType<InputText>(inputs.Single(i => i.Id == "smart/dept-head#target")).Value);
        Assert.Equal("2027-06-30", Assert.IsType<InputDate>(inputs.Single(i => i.Id == "smart/dept-head#date")).Value);
        Assert.Null(Assert.IsType<InputText>(inputs.Single(i => i.Id == "smart/program-operations#baseline")).Value);
        var save = elements.OfType<ActionSet>().SelectMany(s => s.Actions).OfType<ExecuteAction>().Single(a => a.Verb == "save");
        var data = save.Data;
        Assert.Equal((ActionNames.Save, "CLINIC1.CLINICAL3CD6.M5", "smart", ChatReplyCases.Canon.Fingerprint), (data.Action, data.Profile, data.Frames, data.Canon));

        // The save carries a fingerprint of what every input showed, so a stale card merges instead of overwriting.
        Assert.Equal(inputs.Select(i => i.Id).Order(StringComparer.Ordinal), data.Shown!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(SlotFingerprint.Of("2027-06-30"), data.Shown["smart/dept-head#date"]);
        Assert.Equal(SlotFingerprint.Of(null), data.Shown["smart/program-operations#baseline"]);
        Assert.NotNull(card.Refresh);
    }

    [Fact]
    public void Render_SheetText_IsOnlyInRunsAndInputsNeverInMarkdownTextBlocks()
    {
        var cards = ChatReplyCases.All.SelectMany(c => AdaptiveCardRenderer.Render(ChatReplyCases.Reply(c), c.Mode));
        var textBlocks = cards.SelectMany(c => Flatten(c.Body)).OfType<TextBlock>().Select(t => t.Text).Distinct().ToList();

        Assert.All(textBlocks, text => Assert.DoesNotContain(text, "*_[]<>`#|~\\".ToCharArray().Select(c => c.ToString())));
        Assert.DoesNotContain(textBlocks, t => t.Contains("Clinical", StringComparison.Ordinal) || t.Contains("canon-derived frames", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SheetTooBigForOneCard_ContinuesOnMoreCardsWithNothingCut()
    {
        using var canon = new LargeCanon(rows: 12);
        var reply = canon.Respond("goals big M5 all");

        var cards = AdaptiveCardRenderer.Render(reply, ReplyMode.Editable);

        Assert.True(cards.Count > 3, $"{cards.Count} cards");
        Assert.All(cards, c => Assert.InRange(AdaptiveCardRenderer.SizeOf(c), 1, AdaptiveCardRenderer.PayloadBudgetBytes));
        var text = string.Concat(cards.SelectMany(c => Flatten(c.Body)).OfType<RichTextBlock>().SelectMany(r => r.Inlines).Select(r => r.Text + "\n"));
        Assert.All(canon.Rows, row => Assert.Contains("Deliver: \"" + row + "\"", text, StringComparison.Ordinal));
        // SMART 12×3, OKR 12×3 + 6 level dimensions×2, MBO 12×2, scorecard (12 + 6)×2: every blank has its input.
        Assert.Equal(144, cards.SelectMany(c => Flatten(c.Body)).Count(e => e is InputText or InputDate));
        Assert.Equal($"Part 2 of {cards.Count} (continued)", Flatten(cards[1].Body).OfType<TextBlock>().First().Text);
        Assert.All(cards, c => Assert.Contains(Actions(c), a => a is ExecuteAction { Verb: "save" }));
        Assert.Contains(Actions(cards[^1]), a => a is ExecuteAction { Verb: "copy-as-text" });
        Assert.DoesNotContain(Actions(cards[0]), a => a is ExecuteAction { Verb: "copy-as-text" });
        Assert.All(cards, c => Assert.Null(c.Refresh));
    }

    [Fact]
    public void Render_TextTooBigForOneCard_ContinuesAndJoinsBackToTheExactText()
    {
        using var canon = new LargeCanon(rows: 12);
        var reply = (GoalsReply.Frames)canon.Respond("goals big M5 all text");

        var cards = AdaptiveCardRenderer.Render(reply);

        Assert.True(cards.Count > 1);
        var joined = string.Concat(cards.SelectMany(c => Flatten(c.Body)).OfType<InputText>().Select(i => i.Value));
        Assert.Equal(PlainText.TextSheetRenderer.Render(reply.Sheet), joined);
        Assert.All(cards, c => Assert.InRange(AdaptiveCardRenderer.SizeOf(c), 1, AdaptiveCardRenderer.PayloadBudgetBytes));
    }

    [Fact]
    public void Serialize_Card_WritesTypeDiscriminatorsAndCamelCase()
    {
        var card = AdaptiveCardRenderer.Render(ChatReplyCases.Reply(ChatReplyCases.Named("clinops-m5-smart-editable")), ReplyMode.Editable)[0];

        using var json = JsonDocument.Parse(AdaptiveCardRenderer.Serialize(card));

        Assert.Equal("AdaptiveCard", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("Action.Execute", json.RootElement.GetProperty("refresh").GetProperty("action").GetProperty("type").GetString());
        var types = json.RootElement.GetProperty("body").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "RichTextBlock", "TextBlock", "Container", "ActionSet" }, types);
    }

    private static IEnumerable<CardAction> Actions(AdaptiveCard card) => Flatten(card.Body).OfType<ActionSet>().SelectMany(s => s.Actions);

    private static IEnumerable<CardElement> Flatten(IEnumerable<CardElement> elements) => elements.SelectMany(e => e switch
    {
        Container c => Flatten(c.Items).Prepend(e),
        ColumnSet s => Flatten(s.Columns.SelectMany(c => c.Items)).Prepend(e),
        _ => [e],
    });
}
