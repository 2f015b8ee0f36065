using System.Globalization;
using System.Text;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>
/// The "Copy / print as text" rendering on a card: the exact text in a multi-line input, where it keeps its spacing,
/// is never parsed as Markdown, and can be selected and copied on every client.
/// </summary>
internal static class TextCard
{
    /// <summary>The most UTF-8 bytes of text one input holds, leaving room for the card around it.</summary>
    private const int ChunkBytes = 20_000;

    public static CardPlan Plan(GoalsReply.Frames frames)
    {
        var sheet = frames.Sheet;
        var chunks = SheetText.Chunks(SheetText.Of(frames), ChunkBytes, Encoding.UTF8.GetByteCount);
        var units = new List<CardElement>();
        for (var i = 0; i < chunks.Count; i++)
        {
            units.Add(new InputText
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"goals-text-{i + 1}"),
                Label = chunks.Count == 1 ? "Copy / print as text" : string.Create(CultureInfo.InvariantCulture, $"Copy / print as text ({i + 1} of {chunks.Count})"),
                IsMultiline = true,
                Value = chunks[i],
            });
        }

        if (frames.Kinds.Count == 1 && SheetCardParts.Ledger(sheet) is { } ledger)
        {
            units.Add(ledger);
        }

        var kind = ChatWords.KindOf(frames.Kinds);
        return new CardPlan(SheetCardParts.Header(sheet), units, SheetCardParts.FallbackText(sheet, kind?.Keyword() ?? "all"));
    }
}
