using GoalFrames.Canon;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;
using GoalFrames.Engine.Templates;
using static GoalFrames.Engine.Frames.SheetParts;
using static GoalFrames.Engine.Templates.TemplateCatalogue;

namespace GoalFrames.Engine.Frames.Growth;

/// <summary>Lines the three growth sections share: the names of the two levels as canon pieces, quotes and labelled lines.</summary>
internal static class GrowthParts
{
    public static Line LevelCode(Level level) =>
        FromCanon(new CanonRow(new CanonRef(CanonField.Name, level.Code, CanonNames.LevelCode), level.Code));

    public static Line LevelTitle(Level level) =>
        FromCanon(new CanonRow(new CanonRef(CanonField.Name, level.Code, CanonNames.LevelTitle), level.Title));

    public static Line FocusName(Focus focus) =>
        FromCanon(new CanonRow(new CanonRef(CanonField.Name, focus.Key, CanonNames.FocusName), focus.Name));

    public static Line FamilyName(JobFamily family) =>
        FromCanon(new CanonRow(new CanonRef(CanonField.Name, family.Code, CanonNames.FamilyName), family.Name));

    public static Line Quote(CanonRow row) => GrowthQuote.Fill(("text", FromCanon(row)));

    /// <summary>A <c>From:</c> or <c>To:</c> line: the quoted canon text and its citation.</summary>
    public static GoalField Quoting(FieldKind kind, CanonRow row, Line source) =>
        new(kind, Label(kind == FieldKind.From ? LabelFrom : LabelTo), Quote(row), source);

    /// <summary>The <c>Goal:</c> line, whose ⟨target⟩ and ⟨date⟩ are the item's blanks.</summary>
    public static GoalField Goal(Template template, GoalValues values, string key, params (string Hole, Line Value)[] args) =>
        new(FieldKind.Goal, Label(LabelGoal), template.Fill(Slots(values, key), args));

    public static string Word(int count, string singular) =>
        count == 1 ? singular : singular.EndsWith('y') ? singular[..^1] + "ies" : singular + "s";
}
