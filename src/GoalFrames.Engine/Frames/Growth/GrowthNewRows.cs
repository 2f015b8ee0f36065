using GoalFrames.Canon;
using GoalFrames.Engine.Sheets;
using static GoalFrames.Engine.Frames.Growth.GrowthParts;
using static GoalFrames.Engine.Frames.SheetParts;
using static GoalFrames.Engine.Templates.TemplateCatalogue;

namespace GoalFrames.Engine.Frames.Growth;

/// <summary>
/// New at To: T's core outputs whose text is not, exactly, among F's core outputs, in T's order; when T has no core
/// outputs, its component responsibilities compared with F's. Left out when either profile is missing.
/// </summary>
internal static class GrowthNewRows
{
    public static GoalGroup? Build(GrowthPair pair, GoalValues values, List<Omission> omissions)
    {
        if (pair is not { FromProfile: { } f, ToProfile: { } t })
        {
            return null;
        }

        var outputs = t.CoreOutputs.Count > 0;
        var (field, noun) = outputs ? ("core_outputs", "core output") : ("responsibilities", "component responsibility");
        var toRows = outputs ? t.CoreOutputs : t.Responsibilities;
        var fromRows = outputs ? f.CoreOutputs : f.Responsibilities;
        if (toRows.Count == 0)
        {
            omissions.Add(new Omission(FrameKind.Growth, $"New at {t.Level.Code}", $"{t.Id}: core_outputs, responsibilities", $"profile {t.Id} has neither core outputs nor component responsibilities"));
        }
        else if (!outputs && f.CoreOutputs.Count > 0)
        {
            omissions.Add(new Omission(
                FrameKind.Growth,
                $"{f.Level.Code}'s {f.CoreOutputs.Count} {Word(f.CoreOutputs.Count, "core output")}",
                $"{t.Id}: core_outputs",
                $"{t.Level.Code} has no core outputs, so component responsibilities are compared instead"));
        }

        var fromTexts = fromRows.Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
        var toTexts = toRows.Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
        void Count(int count, IReadOnlyList<CanonRow> rows, string level, string one, string many)
        {
            if (count > 0)
            {
                omissions.Add(new Omission(FrameKind.Growth, $"{count} of {level}'s {rows.Count} {Word(rows.Count, noun)}", $"{t.Id}: {field}", count == 1 ? one : many));
            }
        }

        Count(toRows.Count(r => fromTexts.Contains(r.Text)), toRows, t.Level.Code, $"it reads the same at {f.Level.Code}", $"they read the same at {f.Level.Code}");
        Count(fromRows.Count(r => !toTexts.Contains(r.Text)), fromRows, f.Level.Code, $"it does not appear at {t.Level.Code} (not shown)", $"they do not appear at {t.Level.Code} (not shown)");

        var source = outputs ? SourceCoreOutput.Fill(("level", LevelCode(t.Level))) : ResponsibilitySource();
        var items = toRows.Where(r => !fromTexts.Contains(r.Text)).Select((row, index) =>
        {
            var key = $"growth/new/{row.Ref.RowId}";
            return new GoalItem(key, index + 1, Quote(row), source, row, [Goal(GrowthNewGoal, values, key)]);
        }).ToList();

        return items.Count == 0 ? null : new GoalGroup(GrowthNewAt.Fill(("level", LevelCode(t.Level))), items);
    }
}
