namespace GoalFrames.Rendering.Chat;

/// <summary>
/// What a person typed, as a reply quotes it back: at most <see cref="MaxChars"/> characters, a longer one cut with a
/// visible ellipsis. Capped before rendering, so a pasted novel can never push a reply past a platform's limits.
/// </summary>
internal static class EchoedInput
{
    public const int MaxChars = 80;

    public static string Cap(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Length <= MaxChars)
        {
            return words;
        }

        var end = MaxChars - 1;
        if (char.IsHighSurrogate(words[end - 1]))
        {
            end--;
        }

        return words[..end].TrimEnd() + "\u2026";
    }

    /// <summary>A sentence that may quote the person's words (a parser's reason), capped a little more loosely.</summary>
    public static string CapSentence(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.Length <= MaxChars * 5 ? sentence : sentence[..(MaxChars * 5 - 1)].TrimEnd() + "\u2026";
    }
}
