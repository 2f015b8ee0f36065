using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Resolution;
using GoalFrames.Engine.Sheets;
using GoalFrames.Rendering.Json;
using GoalFrames.Rendering.Markdown;
using GoalFrames.Rendering.PlainText;

namespace GoalFrames.Host.Cli;

/// <summary>
/// Writes a <see cref="GoalsReply"/> to a terminal: the answer on stdout, notes and errors on stderr. Exit codes: 0 the
/// answer was printed, 2 the words were not understood, 3 the canon has nothing for what was asked (it says what it has).
/// </summary>
internal sealed class ReplyTextWriter(TextWriter output, TextWriter error, ICanon canon)
{
    public const int Ok = 0;
    public const int UnknownInput = 2;
    public const int NothingToPrint = 3;

    private readonly ProfileResolver _resolver = new(canon);

    public int Write(GoalsReply reply, OutputFormat format)
    {
        if (format is OutputFormat.AdaptiveCard or OutputFormat.BlockKit && reply is not GoalsReply.Drafts)
        {
            output.WriteLine(ChatPayloads.Json(reply, format));
            return reply is GoalsReply.NotFound or GoalsReply.Invalid ? UnknownInput
                : reply is GoalsReply.Frames { Sheet.Sections.Count: 0 } empty ? ExplainEmpty(empty) : Ok;
        }

        if (format == OutputFormat.Json && JsonOf(reply) is { } json)
        {
            output.Write(json);
            return Ok;
        }

        switch (reply)
        {
            case GoalsReply.Help help:
                output.WriteLine("GoalFrames: canon-derived goal templates for a role and level.");
                output.WriteLine();
                output.WriteLine("Usage: " + Engine.Commands.GoalsCommandParser.Usage);
                output.WriteLine();
                output.WriteLine("Examples:");
                foreach (var example in help.Examples)
                {
                    output.WriteLine("  " + example);
                }

                return Ok;

            case GoalsReply.FamilyList list:
                foreach (var family in list.Families)
                {
                    output.WriteLine($"{family.Name} ({family.Code})");
                    foreach (var focus in family.Focuses)
                    {
                        var aliases = focus.Aliases.Count == 0 ? string.Empty : $"  aliases: {string.Join(", ", focus.Aliases)}";
                        output.WriteLine($"  {focus.Name} ({focus.Key}){aliases}");
                    }
                }

                return Ok;

            case GoalsReply.FocusLevels levels:
                output.WriteLine($"{levels.Focus.Name} ({levels.Focus.Key}) has these levels:");
                foreach (var profile in levels.Profiles)
                {
                    output.WriteLine($"  {profile.Level.Code,-4} {profile.Title ?? profile.Level.Title}{(profile.IsSample ? "  (sample)" : string.Empty)}");
                }

                if (levels.Profiles.Count > 0)
                {
                    var example = levels.Profiles[^1];
                    output.WriteLine();
                    output.WriteLine($"Next: goals {_resolver.WordFor(levels.Focus)} <level>, by code or title, e.g. 'goals {_resolver.WordsFor(example)}' or 'goals {_resolver.WordFor(levels.Focus)} {example.Level.Title.ToLowerInvariant()}'");
                }

                return Ok;

            case GoalsReply.ProfileOverview overview:
                WriteOverview(overview.Sheet);
                return Ok;

            case GoalsReply.Frames frames:
                return WriteFrames(frames, format);

            case GoalsReply.NotFound notFound:
                WriteNotFound(notFound.Lookup);
                return UnknownInput;

            case GoalsReply.Invalid invalid:
                error.WriteLine($"error: {invalid.Command.Reason}");
                return UnknownInput;

            case GoalsReply.Drafts:
                error.WriteLine("error: saved drafts live in chat; 'goals mine' and 'goals forget' work in Slack and Teams");
                return UnknownInput;

            default:
                throw new ArgumentOutOfRangeException(nameof(reply), reply, null);
        }
    }

    private void WriteOverview(GoalSheet sheet)
    {
        output.WriteLine(sheet.Title.Text);
        output.WriteLine(sheet.Identity.Text);
        output.WriteLine();
        foreach (var section in sheet.Sections)
        {
            output.WriteLine($"  {section.Kind.Keyword(),-10} {section.Heading.Text}: {section.Items.Count()} rows");
        }

        foreach (var omission in sheet.Omissions)
        {
            output.WriteLine($"  left out: {omission}");
        }

        output.WriteLine();
        var kinds = sheet.Sections.Select(s => s.Kind.Keyword()).ToList();
        output.WriteLine(kinds.Count == 0
            ? "Next: the canon has no rows for any framework of this profile yet"
            : $"Next: goals {_resolver.WordsFor(sheet.Profile)} <{string.Join("|", kinds)}{(kinds.Count > 1 ? "|all" : string.Empty)}>");
    }

    private string? JsonOf(GoalsReply reply) => reply switch
    {
        GoalsReply.Help help => ReplyJson.Help(help),
        GoalsReply.FamilyList list => ReplyJson.List(list, _resolver),
        GoalsReply.FocusLevels levels => ReplyJson.Levels(levels, _resolver),
        GoalsReply.ProfileOverview overview => JsonSheetRenderer.Render(overview.Sheet),
        _ => null,
    };

    private int WriteFrames(GoalsReply.Frames frames, OutputFormat format)
    {
        var sheet = frames.Sheet;
        if (sheet.Sections.Count == 0)
        {
            if (format == OutputFormat.Json)
            {
                output.Write(JsonSheetRenderer.Render(sheet));
            }

            return ExplainEmpty(frames);
        }

        switch (format)
        {
            case OutputFormat.Json:
                output.Write(JsonSheetRenderer.Render(sheet));
                return Ok;
            case OutputFormat.Markdown:
                output.Write(frames.Kinds.Count > 1 ? MarkdownSheetRenderer.Render(sheet) : string.Concat(sheet.Sections.Select(MarkdownSheetRenderer.RenderSection)));
                break;
            default:
                output.Write(frames.Kinds.Count > 1 ? TextSheetRenderer.Render(sheet) : string.Concat(sheet.Sections.Select(TextSheetRenderer.RenderSection)));
                break;
        }

        if (frames.Kinds.Count == 1)
        {
            foreach (var omission in sheet.Omissions)
            {
                error.WriteLine($"note: {omission}");
            }
        }

        return Ok;
    }

    /// <summary>Every framework asked for was left out: say why, and which frameworks this profile does have.</summary>
    private int ExplainEmpty(GoalsReply.Frames frames)
    {
        var sheet = frames.Sheet;
        foreach (var omission in sheet.Omissions)
        {
            error.WriteLine($"note: {omission}");
        }

        if (sheet.Growth is { } growth)
        {
            error.WriteLine($"error: nothing to print: nothing in this canon changes from {growth.From.Code} to {growth.To.Code}");
            return NothingToPrint;
        }

        var words = _resolver.WordsFor(sheet.Profile);
        var asked = string.Join(", ", frames.Kinds.Select(k => k.Keyword()));
        var has = new FrameEngine().Build(canon, sheet.Profile, FrameKinds.All).Sections.Select(s => s.Kind.Keyword()).ToList();
        error.WriteLine(has.Count == 0
            ? $"error: nothing to print: the canon has no rows for any framework of {words} yet"
            : $"error: nothing to print: {words} has no {asked} rows in the canon. It has {string.Join(", ", has)}: e.g. 'goals {words} {has[0]}'");
        return NothingToPrint;
    }

    private void WriteNotFound(ProfileLookup lookup)
    {
        switch (lookup)
        {
            case ProfileLookup.UnknownFocus unknown:
                error.WriteLine($"error: no focus is called '{unknown.Word}'.");
                WriteSuggestions(unknown.Suggestions, "goals list shows every focus");
                break;
            case ProfileLookup.AmbiguousFocus ambiguous:
                error.WriteLine($"error: '{ambiguous.Word}' names several focuses; pick one:");
                foreach (var focus in ambiguous.Focuses)
                {
                    error.WriteLine($"  {_resolver.WordFor(focus)}  ({focus.Name}, {focus.Key})");
                }

                break;
            case ProfileLookup.UnknownLevel level:
                var what = level.Word.Length == 0 ? "say which level" : level.LevelExists
                    ? $"{level.Focus.Name} has no {LevelName(level.Word)} profile"
                    : $"there is no level '{level.Word}'";
                error.WriteLine($"error: {what}. Levels of {level.Focus.Name}: {string.Join(", ", level.Profiles.Select(p => p.Level.Code))}");
                error.WriteLine($"  'goals {_resolver.WordFor(level.Focus)}' lists them with their titles");
                break;
            case ProfileLookup.UnknownProfileId id:
                error.WriteLine($"error: no profile has the id '{id.Id}'.");
                WriteSuggestions(id.Suggestions, "goals list shows every focus");
                break;
            default:
                error.WriteLine("error: not found");
                break;
        }
    }

    private string LevelName(string code) =>
        canon.FindLevel(code) is { } known ? $"{known.Code} ({known.Title})" : code.ToUpperInvariant();

    private void WriteSuggestions(IReadOnlyList<Suggestion> suggestions, string otherwise)
    {
        if (suggestions.Count == 0)
        {
            error.WriteLine($"  {otherwise}");
            return;
        }

        error.WriteLine("Did you mean:");
        foreach (var suggestion in suggestions)
        {
            error.WriteLine($"  {suggestion.Word}  ({suggestion.Description})");
        }
    }
}
