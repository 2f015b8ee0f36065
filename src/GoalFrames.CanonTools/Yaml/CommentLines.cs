namespace GoalFrames.CanonTools.Yaml;

/// <summary>
/// The comment lines of a canon file that a book keeps: those at the top of the file, and those just above a list item
/// at a given indent (a level in <c>levels.yaml</c>). Any other comment is reported, since the spreadsheet cannot carry it.
/// </summary>
/// <param name="Top">Comment lines before the first key, without their <c>#</c>.</param>
/// <param name="AboveItems">For each list item at the indent, in order: the comment lines just above it.</param>
/// <param name="Elsewhere">Line numbers (1-based) of comments kept nowhere.</param>
internal sealed record CommentLines(IReadOnlyList<string> Top, IReadOnlyList<IReadOnlyList<string>> AboveItems, IReadOnlyList<int> Elsewhere)
{
    public static CommentLines Of(string text, string itemPrefix)
    {
        var top = new List<string>();
        var items = new List<IReadOnlyList<string>>();
        var elsewhere = new List<int>();
        var pending = new List<(int Line, string Text)>();
        var seenKey = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart(' ');
            if (trimmed.StartsWith('#'))
            {
                (seenKey ? pending : null)?.Add((i + 1, trimmed[1..]));
                if (!seenKey)
                {
                    top.Add(trimmed[1..]);
                }

                continue;
            }

            if (trimmed.Length == 0)
            {
                continue;
            }

            seenKey = true;
            if (line.StartsWith(itemPrefix, StringComparison.Ordinal))
            {
                items.Add([.. pending.Select(p => p.Text)]);
            }
            else
            {
                elsewhere.AddRange(pending.Select(p => p.Line));
            }

            pending.Clear();
            if (line.Contains(" #", StringComparison.Ordinal) && !line.Contains('"', StringComparison.Ordinal) && !line.Contains('\'', StringComparison.Ordinal))
            {
                elsewhere.Add(i + 1);
            }
        }

        elsewhere.AddRange(pending.Select(p => p.Line));
        return new CommentLines(top, items, elsewhere);
    }
}
