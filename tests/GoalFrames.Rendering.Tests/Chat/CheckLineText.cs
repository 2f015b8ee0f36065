namespace GoalFrames.Rendering.Tests.Chat;

/// <summary>Recognises the completeness-check lines a manager sees on their own card, in either renderer.</summary>
internal static class CheckLineText
{
    public static bool IsCheckLine(string text) =>
        text.StartsWith("To fix: ", StringComparison.Ordinal) || text.StartsWith("Hint: ", StringComparison.Ordinal)
        || text.StartsWith("\u2713 Ready", StringComparison.Ordinal) || text.StartsWith("Review cycle", StringComparison.Ordinal);
}
