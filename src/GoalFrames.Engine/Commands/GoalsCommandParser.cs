using System.Globalization;
using System.Text.RegularExpressions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Resolution;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Engine.Commands;

/// <summary>
/// Reads the <c>/goals</c> grammar: <c>[help|list|mine|forget N|all]</c> or
/// <c>&lt;focus|profile-id&gt; [level] [smart|okr|mbo|scorecard|all] [text]</c>. Case does not matter;
/// a leading <c>goals</c> or <c>/goals</c> is skipped, a level typed before the focus is understood, a level may be
/// named by its title (<c>clinops senior director</c>), and greetings or thanks (<see cref="SmallTalk"/>) get the help.
/// </summary>
public static partial class GoalsCommandParser
{
    /// <summary>The usage line shown with errors.</summary>
    public const string Usage = "goals [@person] <focus> [level] [smart|okr|mbo|scorecard|all] [text]  ·  goals <focus> <level>..<level> [text]  ·  goals @person  ·  goals team  ·  goals list  ·  goals mine  ·  goals help";

    /// <summary>Parses one line.</summary>
    /// <param name="input">What the user typed.</param>
    /// <returns>The command.</returns>
    public static GoalsCommand Parse(string? input)
    {
        var mentions = Mention().Matches(input ?? string.Empty);
        if (mentions.Count == 0)
        {
            // "@ana" typed as text: the chat sent a name, not who they are, so no draft can be about them.
            return TypedAt().Match(input ?? string.Empty) is { Success: true } typed
                ? new GoalsCommand.Invalid(input!, NotAMention(typed.Value))
                : ParseWords(input);
        }

        var line = input!;
        if (mentions.Count > 1)
        {
            return new GoalsCommand.Invalid(line, "name one person at a time, e.g. 'goals @ana clinops M5 smart'");
        }

        var mention = mentions[0];
        var id = mention.Groups["id"].Value;
        if (id.Length > DraftSubject.MaxLength || mention.Groups["name"].Value.Length > DraftSubject.MaxLength)
        {
            return new GoalsCommand.Invalid(line, "that mention is not one a chat platform writes");
        }

        var about = new DraftSubject(id, mention.Groups["name"].Value.TrimStart('@'));
        var command = ParseWords(line.Remove(mention.Index, mention.Length).Insert(mention.Index, " "));
        return command switch
        {
            GoalsCommand.Help when IsOnlyGoals(line.Remove(mention.Index, mention.Length)) => new GoalsCommand.Person { About = about },
            GoalsCommand.Mine => new GoalsCommand.Person { About = about },
            GoalsCommand.Forget { Number: null } or GoalsCommand.Invalid when IsForget(line) => new GoalsCommand.Forget(null) { About = about },
            GoalsCommand.ShowFrames or GoalsCommand.ShowProfile or GoalsCommand.ShowFocus or GoalsCommand.ShowGrowth or GoalsCommand.Export => command with { About = about },
            GoalsCommand.Invalid => command,
            _ => new GoalsCommand.Invalid(line, $"'{Describe(command)}' is not about one person; try 'goals @{about.Name} clinops M5 smart', 'goals @{about.Name}' or 'goals forget @{about.Name}'"),
        };
    }

    private static string NotAMention(string typed) =>
        $"'{typed}' is typed text, not a mention: pick the person from the list that opens when you type @, so the chat says who they are. "
        + "A Teams chat with GoalFrames alone has no one else to pick: mention them with GoalFrames in a group chat or channel you share "
        + "('@GoalFrames goals @name clinops M5 smart'), then press Edit in DM";

    private static bool IsOnlyGoals(string rest) => rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is var words
        && (words.Length == 0 || (words.Length == 1 && words[0].TrimStart('/').Equals("goals", StringComparison.OrdinalIgnoreCase)));

    private static bool IsForget(string line) => Mention().Replace(line, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is var words
        && words.SkipWhile(w => w.TrimStart('/').Equals("goals", StringComparison.OrdinalIgnoreCase)).ToList() is { } rest
        && rest.Count >= 1 && rest[0].Equals("forget", StringComparison.OrdinalIgnoreCase) && (rest.Count == 1 || (rest.Count == 2 && rest[1].Equals("all", StringComparison.OrdinalIgnoreCase)));

    private static string Describe(GoalsCommand command) => command switch
    {
        GoalsCommand.Help => "help",
        GoalsCommand.List => "list",
        GoalsCommand.Team => "team",
        GoalsCommand.Remind => "remind",
        _ => "forget N",
    };

    private static GoalsCommand ParseWords(string? input)
    {
        input = PairSpacing().Replace(input ?? string.Empty, GrowthPair.Separator);
        var words = input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0].TrimStart('/').Equals("goals", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0 || SmallTalk.IsSmallTalk(words))
        {
            return new GoalsCommand.Help();
        }

        var first = words[0].ToLowerInvariant();
        switch (first)
        {
            case "help" or "?":
                return new GoalsCommand.Help();
            case "list" when words.Count == 1:
                return new GoalsCommand.List();
            case "mine" when words.Count == 1:
                return new GoalsCommand.Mine();
            case "team" when words.Count == 1:
                return new GoalsCommand.Team(1);
            case "team" when words.Count == 2:
                return int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0
                    ? new GoalsCommand.Team(page)
                    : new GoalsCommand.Invalid(input, "say 'goals team' for your team, or 'goals team 2' for its second page");
            case "export" when words.Count <= 3:
                // goals export [all] [format]: the words after "export" go to the export as typed.
                return new GoalsCommand.Export(words.Count >= 2 ? string.Join(' ', words.Skip(1)).ToLowerInvariant() : null);
            case "remind":
                return words.Count == 2 && words[1].ToLowerInvariant() is "on" or "off"
                    ? new GoalsCommand.Remind(words[1].Equals("on", StringComparison.OrdinalIgnoreCase))
                    : new GoalsCommand.Invalid(input, "say 'goals remind off' to stop reminders before the goals due date, or 'goals remind on' to have them again");
            case "forget":
                return ParseForget(input, words);
        }

        var asText = false;
        if (words.Count > 1 && words[^1].Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            asText = true;
            words.RemoveAt(words.Count - 1);
        }

        if (ParseGrowth(input, words, asText) is { } growth)
        {
            return growth;
        }

        if (words.Count > 1 && LevelCode().IsMatch(words[0]) && !LevelCode().IsMatch(words[1]) && FrameKinds.Parse(words[1]) is null)
        {
            (words[0], words[1]) = (words[1], words[0]);
        }

        var isId = ProfileResolver.IsProfileId(words[0]);
        if (isId)
        {
            return ParseRest(input, new ProfileTarget(words[0], null), words.Skip(1).ToList(), asText);
        }

        if (words.Count == 1)
        {
            return asText
                ? new GoalsCommand.Invalid(input, "'text' goes after a framework, e.g. 'goals clinops M5 smart text'")
                : new GoalsCommand.ShowFocus(words[0]);
        }

        // <focus> <level words…> [framework]: the level is a code (M5) or a title of one or more words (senior director).
        var framework = IsFramework(words[^1]) ? words[^1] : null;
        var levelWords = words.Skip(1).SkipLast(framework is null ? 0 : 1).ToList();
        if (levelWords.Count == 0)
        {
            return new GoalsCommand.Invalid(input, $"say which level of '{words[0]}' first, e.g. 'goals {words[0]} M5 {words[1]}'; 'goals {words[0]}' lists the levels");
        }

        if (levelWords.Count == 1 || levelWords.All(IsTitleWord))
        {
            return ParseRest(input, new ProfileTarget(words[0], string.Join(' ', levelWords)), framework is null ? [] : [framework], asText);
        }

        var target = new ProfileTarget(words[0], levelWords[0]);
        return ParseRest(input, target, words.Skip(2).ToList(), asText);
    }

    /// <summary>What follows a profile: nothing (the overview), <c>text</c>, or one framework.</summary>
    private static GoalsCommand ParseRest(string input, ProfileTarget target, List<string> rest, bool asText)
    {
        if (rest.Count == 0)
        {
            return asText ? new GoalsCommand.ShowFrames(target, FrameKinds.All, AsText: true) : new GoalsCommand.ShowProfile(target);
        }

        if (rest.Count > 1)
        {
            return new GoalsCommand.Invalid(input, $"too many words after '{target}'. Usage: {Usage}");
        }

        if (rest[0].Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return new GoalsCommand.ShowFrames(target, FrameKinds.All, asText);
        }

        return FrameKinds.Parse(rest[0]) is { } kind
            ? new GoalsCommand.ShowFrames(target, [kind], asText)
            : new GoalsCommand.Invalid(input, $"'{rest[0]}' is not a framework; use smart, okr, mbo, scorecard or all");
    }

    private static bool IsFramework(string word) => FrameKinds.Parse(word) is not null || word.Equals("all", StringComparison.OrdinalIgnoreCase);

    /// <summary>A word of a level title such as "Senior Director" or "Vice-President": letters, not a code or a framework.</summary>
    private static bool IsTitleWord(string word) => TitleWord().IsMatch(word) && !LevelCode().IsMatch(word) && !IsFramework(word);

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

    /// <summary>A user mention: Slack's escaped <c>&lt;@U024BE7LH|bob&gt;</c> (or <c>&lt;@U024BE7LH&gt;</c> in messages); Teams mentions arrive in the same form.</summary>
    [GeneratedRegex(@"<@(?<id>[^|>\s]+)(?:\|(?<name>[^>]*))?>")]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?<!\S)@[^\s@]+")]
    private static partial Regex TypedAt();

    [GeneratedRegex(@"\s*\.\.\s*")]
    private static partial Regex PairSpacing();

    [GeneratedRegex("^[A-Za-z]{1,3}[0-9]{1,2}$")]
    private static partial Regex LevelCode();

    [GeneratedRegex(@"^\p{L}[\p{L}'/&-]*$")]
    private static partial Regex TitleWord();
}
