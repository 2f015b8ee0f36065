using System.Text;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.Drift;
using GoalFrames.Rendering.PlainText;

namespace GoalFrames.Rendering.Chat;

/// <summary>The "Copy / print as text" rendering of a frames reply, in pieces small enough for one chat element.</summary>
internal static class SheetText
{
    /// <summary>
    /// The text exactly as the command line prints it: one framework's seed block, or the whole sheet; for drafts the
    /// canon has changed under, followed by what is superseded, as the exports write it.
    /// </summary>
    public static string Of(GoalsReply.Frames frames) => (frames.Kinds.Count > 1
        ? TextSheetRenderer.Render(frames.Sheet)
        : string.Concat(frames.Sheet.Sections.Select(TextSheetRenderer.RenderSection)))
        + string.Concat(frames.Drift.Select(d => SupersededNotes.Text(d, frames.Sheet)));

    /// <summary>
    /// Splits text into chunks of at most <paramref name="limit"/> as measured by <paramref name="measure"/>, between
    /// paragraphs where it can, else between lines, else between words; joined back together they give the text.
    /// </summary>
    public static IReadOnlyList<string> Chunks(string text, int limit, Func<string, int> measure)
    {
        var chunks = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in Pieces(text, limit, measure))
        {
            if (current.Length > 0 && measure(current.ToString() + piece) > limit)
            {
                chunks.Add(current.ToString());
                current.Clear();
            }

            current.Append(piece);
        }

        if (current.Length > 0)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }

    private static IEnumerable<string> Pieces(string text, int limit, Func<string, int> measure)
    {
        foreach (var paragraph in SplitKeeping(text, "\n\n"))
        {
            if (measure(paragraph) <= limit)
            {
                yield return paragraph;
                continue;
            }

            foreach (var line in SplitKeeping(paragraph, "\n"))
            {
                if (measure(line) <= limit)
                {
                    yield return line;
                    continue;
                }

                foreach (var word in SplitKeeping(line, " "))
                {
                    foreach (var part in measure(word) <= limit ? [word] : Characters(word, limit, measure))
                    {
                        yield return part;
                    }
                }
            }
        }
    }

    private static List<string> Characters(string word, int limit, Func<string, int> measure)
    {
        var parts = new List<string>();
        var start = 0;
        while (start < word.Length)
        {
            var end = start + 1;
            while (end < word.Length && measure(word[start..(end + 1)]) <= limit)
            {
                end++;
            }

            if (char.IsHighSurrogate(word[end - 1]) && end < word.Length)
            {
                end = end - start > 1 ? end - 1 : end + 1;
            }

            parts.Add(word[start..end]);
            start = end;
        }

        return parts;
    }

    private static IEnumerable<string> SplitKeeping(string text, string separator)
    {
        var start = 0;
        while (start < text.Length)
        {
            var at = text.IndexOf(separator, start, StringComparison.Ordinal);
            var end = at < 0 ? text.Length : at + separator.Length;
            yield return text[start..end];
            start = end;
        }
    }
}
