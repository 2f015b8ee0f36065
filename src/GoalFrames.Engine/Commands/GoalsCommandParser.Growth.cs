using GoalFrames.Engine.Resolution;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Engine.Commands;

/// <summary>
/// The growth forms: <c>&lt;focus&gt; &lt;level&gt;..&lt;level&gt; [growth]</c>, <c>&lt;focus&gt; &lt;level&gt; growth</c>
/// (the next level up), and the same with a profile id (<c>CLINIC1.CLINICAL3CD6.M4..M5</c>,
/// <c>CLINIC1.CLINICAL3CD6.M4 growth</c>).
/// </summary>
public static partial class GoalsCommandParser
{
    private const string GrowthExample = "e.g. 'goals clinops M4..M5', or 'goals clinops M4 growth' for the next level up";

    /// <summary>The growth command the words ask for, an error in a growth form, or null when they ask for no growth.</summary>
    private static GoalsCommand? ParseGrowth(string input, List<string> words, bool asText)
    {
        var growthWord = words[^1].Equals("growth", StringComparison.OrdinalIgnoreCase);
        var rest = growthWord ? words.SkipLast(1).ToList() : [.. words];
        var pairAt = rest.FindIndex(w => w.Contains(GrowthPair.Separator, StringComparison.Ordinal));
        if (!growthWord && pairAt < 0)
        {
            return null;
        }

        if (rest.Count == 0)
        {
            return Invalid(input, $"say which focus and level to grow from, {GrowthExample}");
        }

        if (pairAt >= 0)
        {
            return ParsePair(input, rest, pairAt, asText);
        }

        if (rest.Count == 1)
        {
            return ProfileResolver.IsProfileId(rest[0])
                ? new GoalsCommand.ShowGrowth(new GrowthTarget(FocusOf(rest[0]), LevelOf(rest[0]), null), asText)
                : Invalid(input, $"say which level of '{rest[0]}' to grow from, e.g. 'goals {rest[0]} M4 growth' or 'goals {rest[0]} M4..M5'");
        }

        if (LevelCode().IsMatch(rest[0]) && !LevelCode().IsMatch(rest[1]))
        {
            (rest[0], rest[1]) = (rest[1], rest[0]);
        }

        var levelWords = rest.Skip(1).ToList();
        if (levelWords.Any(IsFramework))
        {
            return Invalid(input, $"'{levelWords.First(IsFramework)}' is a framework of one level; growth compares two levels, {GrowthExample}");
        }

        return levelWords.Count == 1 || levelWords.All(IsTitleWord)
            ? new GoalsCommand.ShowGrowth(new GrowthTarget(rest[0], string.Join(' ', levelWords), null), asText)
            : Invalid(input, $"too many words: say one level to grow from, {GrowthExample}");
    }

    private static GoalsCommand ParsePair(string input, List<string> rest, int pairAt, bool asText)
    {
        if (rest.Count > 2 && !rest[pairAt].Split(GrowthPair.Separator).All(LevelCode().IsMatch) && TitlePair(rest) is { } titles)
        {
            return new GoalsCommand.ShowGrowth(new GrowthTarget(rest[0], titles.From, titles.To), asText);
        }

        if (rest.Count > 2)
        {
            var extra = rest.Where((_, i) => i != pairAt).Skip(1).First();
            return Invalid(input, IsFramework(extra)
                ? $"'{extra}' is a framework of one level; growth compares two levels, {GrowthExample}"
                : $"too many words after '{rest[pairAt]}'; {GrowthExample}");
        }

        var pair = rest[pairAt];
        var parts = pair.Split(GrowthPair.Separator);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return Invalid(input, $"'{pair}' is not two levels; name them with '..' between, {GrowthExample}");
        }

        var (from, to) = (parts[0], parts[1]);
        string focus;
        if (rest.Count == 2)
        {
            focus = rest[1 - pairAt];
            if (ProfileResolver.IsProfileId(from) || IsFramework(focus))
            {
                return Invalid(input, IsFramework(focus)
                    ? $"'{focus}' is a framework of one level; growth compares two levels, {GrowthExample}"
                    : $"too many words: '{pair}' already names a profile; {GrowthExample}");
            }
        }
        else if (ProfileResolver.IsProfileId(from))
        {
            (focus, from) = (FocusOf(from), LevelOf(from));
        }
        else
        {
            return Invalid(input, $"say which focus '{pair}' is for, e.g. 'goals clinops {pair}'");
        }

        if (ProfileResolver.IsProfileId(to))
        {
            if (!string.Equals(FocusOf(to), focus, StringComparison.OrdinalIgnoreCase))
            {
                return Invalid(input, $"growth compares two levels of one focus, and '{to}' is not of '{focus}'; e.g. 'goals {focus} {from}..{LevelOf(to)}'");
            }

            to = LevelOf(to);
        }

        return new GoalsCommand.ShowGrowth(new GrowthTarget(focus, from, to), asText);
    }

    /// <summary>Two levels named by their titles: <c>clinops senior manager..senior director</c>.</summary>
    private static (string From, string To)? TitlePair(List<string> rest)
    {
        var parts = string.Join(' ', rest.Skip(1)).Split(GrowthPair.Separator);
        return parts.Length == 2 && parts.All(p => p.Trim().Length > 0 && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => IsTitleWord(w) || LevelCode().IsMatch(w)))
            ? (parts[0].Trim(), parts[1].Trim())
            : null;
    }

    private static string FocusOf(string profileId) => profileId[..profileId.LastIndexOf('.')];

    private static string LevelOf(string profileId) => profileId[(profileId.LastIndexOf('.') + 1)..];

    private static GoalsCommand.Invalid Invalid(string input, string reason) => new(input, reason);
}
