using System.Globalization;
using GoalFrames.CanonTools.Book;
using GoalFrames.CanonTools.Yaml;

namespace GoalFrames.CanonTools.Tests;

/// <summary>A generated canon of any size, written in the canonical layout, for round-trip tests and benchmarks.</summary>
internal static class SyntheticCanon
{
    private static readonly string[] Levels = ["P1", "P2", "P3", "P4", "M1", "M2", "M3", "M4", "M5", "S1"];

    private static readonly string[] Verbs = ["Leads", "Plans", "Delivers", "Reviews", "Owns", "Improves", "Coordinates", "Builds"];

    private static readonly string[] Objects = ["the quarterly plan", "vendor contracts", "study budgets", "data quality checks", "the release calendar", "team onboarding", "risk registers", "inspection readiness"];

    public static CanonBook Book(int profiles)
    {
        var levels = Levels.Select((code, i) => new BookLevel(
            code,
            "Level " + code,
            code[0] switch { 'P' => "professional", 'M' => "management", _ => "support" },
            (int.Parse(code[1..], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture),
            i % 3 == 0 ? "2-5" : null,
            i % 4 == 0 ? "Works: on \"quoted\" things #1" : null,
            i == Levels.Length - 1 ? [] : [new BookRow("scope", "Scope of " + code), new BookRow("autonomy", "Autonomy of " + code)],
            i == 0 ? [" levels comment"] : [])).ToList();
        var families = new List<BookFamily>();
        var made = 0;
        for (var f = 0; made < profiles; f++)
        {
            var focuses = new List<BookFocus>();
            for (var o = 0; o < 5 && made < profiles; o++)
            {
                var list = new List<BookProfile>();
                foreach (var level in Levels)
                {
                    if (made == profiles)
                    {
                        break;
                    }

                    var n = made++;
                    list.Add(new BookProfile(
                        level,
                        n % 2 == 0 ? $"Title {n} — ünïcode" : null,
                        n % 7 == 0 ? "draft" : "approved",
                        "1",
                        n % 3 == 0,
                        "Generated: profile " + n.ToString(CultureInfo.InvariantCulture),
                        [.. Enumerable.Range(0, 1 + (n % 4)).Select(r => new BookRow($"out-{r}", $"{Verbs[(n + r) % Verbs.Length]} {Objects[(n * 3 + r) % Objects.Length]} for profile {n}, row {r}"))],
                        n % 5 == 0 ? [new BookRow("resp-a", "Keeps 'single' quotes and 100% of the text")] : [],
                        n % 6 == 0 ? [] : [new BookRow("complexity", $"Solves problems of kind {n}."), new BookRow("knowledge_application", "yes")]));
                }

                focuses.Add(new BookFocus($"FOC{o}", $"Focus {o} of family {f}", $"Describes focus {o}: with a colon", [$"fam{f}-foc{o}"], list));
            }

            families.Add(new BookFamily($"family-{f:D4}.yaml", $"FAM{f}", $"Family {f}", [" generated family"], focuses));
        }

        return new CanonBook(new BookHeader("Generated canon", "2026.10", [" generated"]), [], levels, families);
    }

    public static void WriteTo(CanonBook book, string directory) => CanonYamlWriter.Write(book).WriteTo(directory);
}
