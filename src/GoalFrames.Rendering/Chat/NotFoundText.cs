using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Resolution;

namespace GoalFrames.Rendering.Chat;

/// <summary>What both surfaces say when a lookup fails, and the buttons they offer; the person's words are quoted capped (<see cref="EchoedInput"/>).</summary>
internal static class NotFoundText
{
    public static (string Message, string Hint, IReadOnlyList<ChatButton> Buttons) Of(ProfileLookup lookup) => lookup switch
    {
        ProfileLookup.UnknownFocus u => (
            $"No focus is called '{EchoedInput.Cap(u.Word)}'.",
            u.Suggestions.Count > 0 ? "Did you mean:" : "'goals list' shows every focus.",
            Suggestions(u.Suggestions)),
        ProfileLookup.AmbiguousFocus a => (
            $"'{EchoedInput.Cap(a.Word)}' names several focuses.",
            "Pick one:",
            [.. a.Focuses.Select(f => new ChatButton($"{f.Name} ({f.Key})", new GoalsAction.Run("goals " + f.Key)))]),
        ProfileLookup.UnknownLevel l => (
            l.Word.Length == 0 ? $"Say which level of {l.Focus.Name}." : l.LevelExists ? $"{l.Focus.Name} has no {EchoedInput.Cap(l.Word).ToUpperInvariant()} profile." : $"There is no level '{EchoedInput.Cap(l.Word)}'.",
            $"Levels of {l.Focus.Name}:",
            [.. l.Profiles.Select(p => new ChatButton($"{p.Level.Code} \u00B7 {p.Title ?? p.Level.Title}", new GoalsAction.Run($"goals {l.Focus.Key} {p.Level.Code}")))]),
        ProfileLookup.UnknownProfileId i => (
            $"No profile has the id '{EchoedInput.Cap(i.Id)}'.",
            i.Suggestions.Count > 0 ? "Did you mean:" : "'goals list' shows every focus.",
            Suggestions(i.Suggestions)),
        _ => ("Nothing matched.", "'goals list' shows every focus.", []),
    } is var (message, hint, buttons) && buttons.Count == 0
        ? (message, hint, [new ChatButton("List every focus", new GoalsAction.Run("list"))])
        : (message, hint, buttons);

    private static List<ChatButton> Suggestions(IReadOnlyList<Suggestion> suggestions) =>
        [.. suggestions.Select(s => new ChatButton($"{s.Word} ({s.Description})", new GoalsAction.Run("goals " + s.Word)))];
}
