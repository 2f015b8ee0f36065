using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Exports;

/// <summary>
/// Makes export files of drafts about people (Culture Amp, Betterworks, JSON, CSV, Markdown). The host provides it
/// with the renderers; the core decides who may export what and what to say.
/// </summary>
public interface IGoalsFiles
{
    /// <summary>The format words people may type, e.g. <c>cultureamp</c>, <c>betterworks</c>, <c>json</c>, <c>csv</c>, <c>markdown</c>.</summary>
    IReadOnlyList<string> Formats { get; }

    /// <summary>True when the word names a format (case-insensitive, with the same aliases as the command line).</summary>
    /// <param name="word">The word.</param>
    bool IsFormat(string word);

    /// <summary>The file of these drafts in the format; each person's email is the one on their drafts.</summary>
    /// <param name="drafts">The drafts (drafts about nobody are counted, not exported).</param>
    /// <param name="format">A word <see cref="IsFormat"/> accepts.</param>
    GoalsFile Make(IReadOnlyList<Draft> drafts, string format);
}
