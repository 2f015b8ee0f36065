using System.Collections.Frozen;

namespace GoalFrames.Engine.Resolution;

/// <summary>
/// What people type to a bot before they know its grammar: greetings, thanks and "help me". Such a line gets the
/// help reply rather than "no focus is called 'hi'". Case, punctuation and a trailing "goalframes" or "bot" do not matter.
/// </summary>
public static class SmallTalk
{
    private static readonly FrozenSet<string> Phrases = FrozenSet.Create(
        StringComparer.Ordinal,
        "hi", "hello", "hey", "hiya", "howdy", "hallo", "good morning", "good afternoon", "good evening",
        "thanks", "thank you", "thx", "cheers",
        "help me", "help please", "please help", "please help me", "can you help", "can you help me",
        "what can you do", "what do you do", "how does this work", "how do i use this", "get started", "commands");

    private static readonly FrozenSet<string> Addressees = FrozenSet.Create(StringComparer.Ordinal, "goalframes", "bot", "there", "all");

    /// <summary>True when the words are small talk rather than a command.</summary>
    /// <param name="words">The words typed, without a leading <c>goals</c>.</param>
    public static bool IsSmallTalk(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var plain = words
            .Select(w => new string([.. w.Where(c => char.IsLetter(c) || c == '\'')]).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToList();
        if (plain.Count > 1 && Addressees.Contains(plain[^1]))
        {
            plain.RemoveAt(plain.Count - 1);
        }

        return plain.Count > 0 && Phrases.Contains(string.Join(' ', plain));
    }
}
