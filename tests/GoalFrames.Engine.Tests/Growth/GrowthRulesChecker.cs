using GoalFrames.Canon;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Engine.Tests.Growth;

/// <summary>
/// An implementation of FRAMES.md's growth rules written apart from the engine: from the canon alone it works out
/// which entries a growth frame must show, with which lines, and what must be in the ledger; then it compares.
/// </summary>
internal static class GrowthRulesChecker
{
    private const string Placeholders = " \u2014 \u27E8target\u27E9 by \u27E8date\u27E9";

    public static IReadOnlyList<string> Check(ICanon canon, Focus focus, Level from, Level to, GoalSheet sheet)
    {
        var failures = new List<string>();
        var f = canon.FindProfile($"{focus.Key}.{from.Code}");
        var t = canon.FindProfile($"{focus.Key}.{to.Code}");
        var expected = new List<string>();
        var ledger = new List<string>();

        var dimensions = new List<string>();
        foreach (var kind in DimensionKindExtensions.InOrder)
        {
            var (a, b, word) = (from.Dimension(kind)?.Row.Text, to.Dimension(kind)?.Row.Text, kind.LowerName());
            if (b is null || a == b)
            {
                ledger.Add($"the {word} entry");
                continue;
            }

            if (a is null)
            {
                ledger.Add($"the From line of the {word} entry");
            }

            dimensions.Add(Entry(kind.DisplayName(), a, $"level dimension ({kind.DisplayName()}), {from.Code}", b, $"level dimension ({kind.DisplayName()}), {to.Code}", $"Show evidence at the {to.Code} {word} bar"));
        }

        Section(expected, "Level dimensions", dimensions);

        if (f is null || t is null)
        {
            ledger.Add(f is null && t is null ? $"no {from.Code} or {to.Code} profile for {focus.Name}" : $"no {(f is null ? from.Code : to.Code)} profile for {focus.Name}");
        }
        else
        {
            var outputs = t.CoreOutputs.Count > 0;
            var (tRows, fRows) = outputs ? (t.CoreOutputs, f.CoreOutputs) : (t.Responsibilities, f.Responsibilities);
            var source = outputs ? $"JFM responsibility ({to.Code})" : "responsibility (component)";
            var fresh = tRows.Where(r => fRows.All(x => x.Text != r.Text)).ToList();
            Section(expected, $"New at {to.Code}", fresh.Select((r, i) => $"  {i + 1}. \"{r.Text}\"  [source: {source}]\n     Goal:   First evidence of this responsibility{Placeholders}\n").ToList());
            var notShown = fRows.Count(r => tRows.All(x => x.Text != r.Text));
            if (notShown > 0)
            {
                ledger.Add($"{notShown} of {from.Code}'s {fRows.Count} ");
            }
        }

        var rubrics = new List<string>();
        if (t is not null)
        {
            foreach (var (name, words, of) in new (string, string, Func<Profile, CanonRow?>)[]
            {
                ("Complexity/problem-solving", "complexity/problem-solving", p => p.ComplexityRubric),
                ("Knowledge application", "knowledge-application", p => p.KnowledgeApplicationRubric),
            })
            {
                var (a, b) = (f is null ? null : of(f)?.Text, of(t)?.Text);
                if (b is null || a == b)
                {
                    ledger.Add($"the {words} rubric entry");
                    continue;
                }

                if (a is null)
                {
                    ledger.Add($"the From line of the {words} rubric entry");
                }

                rubrics.Add(Entry(name, a, $"jfm {words} rubric ({from.Code})", b, $"jfm {words} rubric ({to.Code})", $"Show work at the {to.Code} {words} bar"));
            }
        }

        Section(expected, "Rubrics", rubrics);

        var want = string.Join("\n", expected);
        var got = sheet.Section(FrameKind.Growth) is { } section ? GrowthBlock(section) : string.Empty;
        if (want != got)
        {
            failures.Add($"{focus.Key} {from.Code}..{to.Code}: the frame differs from the rules.\n--- rules\n{want}--- engine\n{got}");
        }

        if (expected.Count == 0)
        {
            ledger.Add($"nothing in this canon changes from {from.Code} to {to.Code}");
        }

        var omissions = sheet.Omissions.Select(o => o.ToString()).ToList();
        failures.AddRange(ledger.Where(l => !omissions.Any(o => o.Contains(l, StringComparison.Ordinal))).Select(l => $"{focus.Key} {from.Code}..{to.Code}: the ledger does not say '{l}'"));
        failures.AddRange(sheet.Omissions.Where(o => o.Kind != FrameKind.Growth).Select(o => $"{focus.Key} {from.Code}..{to.Code}: omission of another framework: {o}"));
        return failures;
    }

    private static string Entry(string name, string? from, string fromSource, string to, string toSource, string goal) =>
        $"  {name}\n"
        + (from is null ? string.Empty : $"    From:   \"{from}\"  [source: {fromSource}]\n")
        + $"    To:     \"{to}\"  [source: {toSource}]\n"
        + $"    Goal:   {goal}{Placeholders}\n";

    private static void Section(List<string> expected, string heading, List<string> entries)
    {
        if (entries.Count > 0)
        {
            expected.Add(heading + "\n" + string.Concat(entries));
        }
    }

    /// <summary>The block as the sheet's pieces spell it, laid out by the spec (not by the renderer under test).</summary>
    private static string GrowthBlock(FrameSection section) => string.Join("\n", section.Groups.Select(g => g.Heading!.Text + "\n" + string.Concat(g.Items.Select(i =>
        i.Field(FieldKind.To) is null
            ? $"  {i.Number}. {i.Headline.Text}  [source: {i.Source.Text}]\n" + string.Concat(i.Fields.Select(x => $"     {x.Label.Text + ":",-8}{x.Content.Text}\n"))
            : $"  {i.Headline.Text}\n" + string.Concat(i.Fields.Select(x => $"    {x.Label.Text + ":",-8}{x.Content.Text}{(x.Source is null ? string.Empty : $"  [source: {x.Source.Text}]")}\n"))))));
}
