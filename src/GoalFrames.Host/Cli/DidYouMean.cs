using GoalFrames.Canon;

namespace GoalFrames.Host.Cli;

/// <summary>The known words nearest to a mistyped one, closest first.</summary>
internal static class DidYouMean
{
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> known)
    {
        var word = typed.TrimStart('-');
        var limit = Math.Max(2, word.Length / 3);
        return [.. known
            .Select(k => (Known: k, Distance: Math.Min(Similarity.Distance(word, k.TrimStart('-')), Prefix(word, k.TrimStart('-')))))
            .Where(k => k.Distance <= limit)
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Known, StringComparer.Ordinal)
            .Select(k => k.Known)
            .Distinct()
            .Take(3)];
    }

    /// <summary>One edit when one word starts the other (<c>val</c> for <c>validate</c>, <c>goalss</c> for <c>goals</c>).</summary>
    private static int Prefix(string a, string b) =>
        a.Length >= 3 && b.Length >= 3 && (a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase)) ? 1 : int.MaxValue;
}
