namespace GoalFrames.Canon;

/// <summary>How far apart two words are, for did-you-mean suggestions.</summary>
public static class Similarity
{
    /// <summary>
    /// The optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of a substring), ignoring
    /// case: insertions, deletions, substitutions and swaps of two neighbouring letters each cost one
    /// (<c>clinpos</c> → <c>clinops</c> is 1).
    /// </summary>
    /// <param name="a">One word.</param>
    /// <param name="b">The other word.</param>
    /// <returns>The number of edits.</returns>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }

                d[i, j] = best;
            }
        }

        return d[a.Length, b.Length];
    }
}
