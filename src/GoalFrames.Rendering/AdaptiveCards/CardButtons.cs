using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Turns chat buttons into card actions: <c>Action.Execute</c> with an <c>Action.Submit</c> fallback carrying the same data.</summary>
internal static class CardButtons
{
    /// <summary>Buttons per row; more wrap to the next row so phones show them all.</summary>
    public const int PerRow = 3;

    public static CardAction Of(ChatButton button)
    {
        var data = ActionPayloads.Write(button.Action);
        var style = button.Style switch
        {
            ChatButtonStyle.Primary => ActionStyle.Positive,
            ChatButtonStyle.Danger => ActionStyle.Destructive,
            _ => (ActionStyle?)null,
        };
        return new ExecuteAction(button.Title, button.Action.Name, data)
        {
            Style = style,
            Fallback = new SubmitAction(button.Title, data) { Style = style },
        };
    }

    /// <summary>Action sets of at most <see cref="PerRow"/> buttons each.</summary>
    public static IEnumerable<CardElement> Rows(IEnumerable<ChatButton> buttons) =>
        buttons.Chunk(PerRow).Select(row => new ActionSet([.. row.Select(Of)]));
}
