using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Resolution;

namespace GoalFrames.Host.Cli;

/// <summary>
/// The replies that are not a goal sheet, as JSON for scripts: help, the list of focuses and the levels of a focus.
/// Each carries the words to type next (<c>command</c>), built from aliases as people type them.
/// </summary>
internal static class ReplyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Help(GoalsReply.Help help) => Write(new JsonObject
    {
        ["usage"] = GoalsCommandParser.Usage,
        ["examples"] = Strings(help.Examples),
    });

    public static string List(GoalsReply.FamilyList list, ProfileResolver resolver) => Write(new JsonObject
    {
        ["families"] = new JsonArray([.. list.Families.Select(family => new JsonObject
        {
            ["code"] = family.Code,
            ["name"] = family.Name,
            ["focuses"] = new JsonArray([.. family.Focuses.Select(focus => new JsonObject
            {
                ["key"] = focus.Key,
                ["name"] = focus.Name,
                ["aliases"] = Strings(focus.Aliases),
                ["command"] = $"goals {resolver.WordFor(focus)}",
            })]),
        })]),
    });

    public static string Levels(GoalsReply.FocusLevels levels, ProfileResolver resolver) => Write(new JsonObject
    {
        ["focus"] = new JsonObject
        {
            ["key"] = levels.Focus.Key,
            ["name"] = levels.Focus.Name,
            ["aliases"] = Strings(levels.Focus.Aliases),
        },
        ["levels"] = new JsonArray([.. levels.Profiles.Select(profile => new JsonObject
        {
            ["code"] = profile.Level.Code,
            ["title"] = profile.Level.Title,
            ["profileTitle"] = profile.Title,
            ["profileId"] = profile.Id,
            ["sample"] = profile.IsSample,
            ["command"] = $"goals {resolver.WordsFor(profile)}",
        })]),
    });

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => JsonValue.Create(v))]);

    private static string Write(JsonObject document) => document.ToJsonString(Options) + "\n";
}
