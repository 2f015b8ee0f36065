using GoalFrames.Engine.Exports;
using System.Globalization;

namespace GoalFrames.Conversation.Exports;

/// <summary>What GoalFrames says about exports in chat.</summary>
internal static class ExportWords
{
    public const string OnlyHrAdministrators = "Only HR administrators can export everyone's goals. \"goals export\" gives you a file of your team's.";

    public const string NoTeamDrafts = "You have no drafts about people to export yet. Start one with \"goals @person clinops M5 smart\".";

    public const string NoWorkspaceDrafts = "Nobody in this workspace has drafts about people to export yet.";

    public static string UnknownFormat(string word, IReadOnlyList<string> formats) =>
        $"\"{word}\" is not an export format. Say \"goals export\" and one of: {string.Join(", ", formats)} (or \"goals export all …\" for everyone's, if you are an HR administrator).";

    public static string Summary(GoalsFile file, bool everyone)
    {
        var lines = new List<string>
        {
            $"Here is {(everyone ? "everyone's" : "your team's")} goals file, {file.FileName}: {N(file.Goals)} goals of {N(file.People)} {(file.People == 1 ? "person" : "people")}.",
        };
        if (file.MissingEmail.Count > 0)
        {
            lines.Add($"Not in it, because I don't know their email: {string.Join(", ", file.MissingEmail)}. The json, csv and markdown exports list them.");
        }

        if (file.GoalsWithBlanks > 0)
        {
            lines.Add($"{N(file.GoalsWithBlanks)} {(file.GoalsWithBlanks == 1 ? "goal still shows" : "goals still show")} an unfilled placeholder (⟨…⟩); fill them in before you import.");
        }

        if (file.AboutNobody > 0)
        {
            lines.Add(file.AboutNobody == 1
                ? "1 draft about nobody is not in it: a goal tool needs a person to own each goal."
                : $"{N(file.AboutNobody)} drafts about nobody are not in it: a goal tool needs a person to own each goal.");
        }

        return string.Join("\n", lines);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
