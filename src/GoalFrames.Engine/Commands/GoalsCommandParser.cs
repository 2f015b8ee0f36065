using System.Globalization;
using System.Text.RegularExpressions;
using GoalFrames.Engine.Resolution;

namespace GoalFrames.Engine.Commands;

/// <summary>
/// Reads the <c>/goals</c> grammar: <c>[help|list|mine|forget N|all]</c> or
/// <c>&lt;focus|profile-id&gt; [level] [smart|okr|mbo|scorecard|all] [text]</c>. Case does not matter;
/// a leading <c>goals</c> or <c>/goals</c> is skipped, and a level typed before the focus is understood.
/// </summary>
public static partial class GoalsCommandParser
{
    /// <summary>The usage line shown with errors.</summary>
    public const string Usage = "goals <focus> [level] [smart|okr|mbo|scorecard|all] [text]  ·  goals list  ·  goals mine  ·  goals help";

    /// <summary>Parses one line.</summary>
    /// <param name="input">What the user typed.</param>
    /// <returns>The command.</returns>
    public static GoalsCommand Parse(string? input)
    {
        var words = (input ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0].TrimStart('/').Equals("goals", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return new GoalsCommand.Help();
        }

        var first = words[0].ToLowerInvariant();
        switch (first)
        {
            case "help" or "?" when words.Count == 1:
                return new GoalsCommand.Help();
            case "list" when words.Count == 1:
                return new GoalsCommand.List();
            case "mine" when words.Count == 1:
                return new GoalsCommand.Mine();
            case "forget":
                return ParseForget(input!, words);
        }

        var asText = false;
        if (words.Count > 1 && words[^1].Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            asText = true;
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 1 && LevelCode().IsMatch(words[0]) && !LevelCode().IsMatch(words[1]) && FrameKinds.Parse(words[1]) is null)
        {
            (words[0], words[1]) = (words[1], words[0]);
        }

        var isId = ProfileResolver.IsProfileId(words[0]);
        var targetWords = isId ? 1 : Math.Min(2, words.Count);
        if (!isId && words.Count >= 2 && (FrameKinds.Parse(words[1]) is not null || words[1].Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            return new GoalsCommand.Invalid(input!, $"say which level of '{words[0]}' first, e.g. 'goals {words[0]} M5 {words[1]}'; 'goals {words[0]}' lists the levels");
        }

        var target = new ProfileTarget(words[0], isId ? null : words.ElementAtOrDefault(1));
        var rest = words.Skip(targetWords).ToList();
        if (rest.Count == 0)
        {
            if (asText && target.Level is null && !isId)
            {
                return new GoalsCommand.Invalid(input!, "'text' goes after a framework, e.g. 'goals clinops M5 smart text'");
            }

            return target.Level is null && !isId
                ? new GoalsCommand.ShowFocus(target.Focus)
                : asText ? new GoalsCommand.ShowFrames(target, FrameKinds.All, AsText: true) : new GoalsCommand.ShowProfile(target);
        }

        if (rest.Count > 1)
        {
            return new GoalsCommand.Invalid(input!, $"too many words after '{target}'. Usage: {Usage}");
        }

        if (rest[0].Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return new GoalsCommand.ShowFrames(target, FrameKinds.All, asText);
        }

        return FrameKinds.Parse(rest[0]) is { } kind
            ? new GoalsCommand.ShowFrames(target, [kind], asText)
            : new GoalsCommand.Invalid(input!, $"'{rest[0]}' is not a framework; use smart, okr, mbo, scorecard or all");
    }

    private static GoalsCommand ParseForget(string input, List<string> words)
    {
        if (words.Count == 2 && words[1].Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return new GoalsCommand.Forget(null);
        }

        if (words.Count == 2 && int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return new GoalsCommand.Forget(number);
        }

        return new GoalsCommand.Invalid(input, "say which draft to forget: 'goals forget 2' (a number from 'goals mine') or 'goals forget all'");
    }

    [GeneratedRegex("^[A-Za-z]{1,3}[0-9]{1,2}$")]
    private static partial Regex LevelCode();
}
