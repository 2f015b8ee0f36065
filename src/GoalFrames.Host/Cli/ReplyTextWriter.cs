using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Resolution;
using GoalFrames.Engine.Sheets;
using GoalFrames.Rendering.Json;
using GoalFrames.Rendering.Markdown;
using GoalFrames.Rendering.PlainText;

namespace GoalFrames.Host.Cli;

/// <summary>Writes a <see cref="GoalsReply"/> to a terminal: the answer on stdout, notes and errors on stderr.</summary>
internal sealed class ReplyTextWriter(TextWriter output, TextWriter error)
{
    public const int Ok = 0;
    public const int UnknownInput = 2;

    public int Write(GoalsReply reply, OutputFormat format)
    {
        if (format is OutputFormat.AdaptiveCard or OutputFormat.BlockKit && reply is not GoalsReply.Drafts)
        {
            output.WriteLine(ChatPayloads.Json(reply, format));
            return reply is GoalsReply.NotFound or GoalsReply.Invalid ? UnknownInput : Ok;
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

                return Ok;

            case GoalsReply.ProfileOverview overview:
                WriteOverview(overview.Sheet);
                return Ok;

            case GoalsReply.Frames frames:
                WriteFrames(frames, format);
                return Ok;

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
        output.WriteLine($"Next: goals {sheet.Profile.Id} <{string.Join("|", FrameKinds.All.Select(k => k.Keyword()))}|all>");
    }

    private void WriteFrames(GoalsReply.Frames frames, OutputFormat format)
    {
        var sheet = frames.Sheet;
        switch (format)
        {
            case OutputFormat.Json:
                output.Write(JsonSheetRenderer.Render(sheet));
                return;
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
                    error.WriteLine($"  {focus.Key}  {focus.Name}");
                }

                break;
            case ProfileLookup.UnknownLevel level:
                var what = level.Word.Length == 0 ? "say which level" : level.LevelExists
                    ? $"{level.Focus.Name} has no {level.Word.ToUpperInvariant()} profile"
                    : $"there is no level '{level.Word}'";
                error.WriteLine($"error: {what}. Levels of {level.Focus.Name}: {string.Join(", ", level.Profiles.Select(p => p.Level.Code))}");
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
