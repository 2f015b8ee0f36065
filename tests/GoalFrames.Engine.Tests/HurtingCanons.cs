using System.Text;
using GoalFrames.Testing;

namespace GoalFrames.Engine.Tests;

/// <summary>Canons built to hurt: missing fields everywhere, hostile characters, very long lines.</summary>
internal static class HurtingCanons
{
    public static readonly string[] NastyTexts =
    [
        "Owns *bold* and _italic_ and `code` and [links](http://x) claims",
        "Keeps <script>alert(1)</script> & &amp; out of \"quotes\" and 'apostrophes'",
        "Ships the 🚀 launch plan with 👩🏽‍🔬 scientists ✅",
        "يقود فريق العمليات السريرية عبر البرامج",
        "Mixes עברית and English — with em dash · middle dot → arrow ⟨target⟩ literal",
        "Back\\slash, {braces}, {output} and {target} and 100% | pipes | ~tilde~ # hash",
        new string('L', 2990) + " long line",
    ];

    public static TempCanon NoRubricsNoDimensions() => new(Family(Profile("P2", outputs: 3, responsibilities: 0, complexity: false, knowledge: false)));

    public static TempCanon NoCoreOutputs() => new(Family(Profile("P2", outputs: 0, responsibilities: 3, complexity: false, knowledge: true)));

    public static TempCanon NothingAtAll() => new(Family(Profile("S1", outputs: 0, responsibilities: 0, complexity: false, knowledge: false)));

    public static TempCanon MoreOutputsThanDimensions() => new(Family(Profile("M5", outputs: 8, responsibilities: 2, complexity: true, knowledge: false)));

    public static TempCanon Nasty()
    {
        var rows = new StringBuilder();
        for (var i = 0; i < NastyTexts.Length; i++)
        {
            rows.Append($"          - id: nasty-{i}\n            text: {Quote(NastyTexts[i])}\n");
        }

        var profile = new StringBuilder()
            .Append("      - level: M5\n")
            .Append("        title: ").Append(Quote("Chief <Trial> & \"Data\" *Officer* 🚀")).Append('\n')
            .Append("        status: draft\n        version: 3\n        provenance: hurt\n")
            .Append("        core_outputs:\n").Append(rows)
            .Append("        responsibilities:\n").Append(rows.ToString().Replace("nasty-", "resp-", StringComparison.Ordinal))
            .Append("        rubrics:\n")
            .Append("          complexity: ").Append(Quote(NastyTexts[0])).Append('\n')
            .Append("          knowledge_application: ").Append(Quote(NastyTexts[3])).Append('\n')
            .ToString();
        return new TempCanon(Family(profile, focusName: "R&D <Ops> *_*"));
    }

    public static IEnumerable<Func<TempCanon>> All() =>
        [NoRubricsNoDimensions, NoCoreOutputs, NothingAtAll, MoreOutputsThanDimensions, Nasty];

    private static string Profile(string level, int outputs, int responsibilities, bool complexity, bool knowledge)
    {
        var text = new StringBuilder($"""
                  - level: {level}
                    status: approved
                    version: 1
                    provenance: hurt

            """);
        if (outputs > 0)
        {
            text.Append("        core_outputs:\n");
            for (var i = 1; i <= outputs; i++)
            {
                text.Append($"          - id: out-{i}\n            text: Core output number {i}\n");
            }
        }

        if (responsibilities > 0)
        {
            text.Append("        responsibilities:\n");
            for (var i = 1; i <= responsibilities; i++)
            {
                text.Append($"          - id: resp-{i}\n            text: Component responsibility number {i}\n");
            }
        }

        if (complexity || knowledge)
        {
            text.Append("        rubrics:\n");
            if (complexity)
            {
                text.Append("          complexity: Solves hard problems.\n");
            }

            if (knowledge)
            {
                text.Append("          knowledge_application: Applies deep knowledge.\n");
            }
        }

        return text.ToString();
    }

    private static string Family(string profiles, string focusName = "Hurt focus") => $"""
        family:
          code: HURT1
          name: Hurt family
        focuses:
          - code: GEN
            name: {Quote(focusName)}
            description: A focus built to hurt.
            aliases: [hurt]
            profiles:
        {profiles}
        """;

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
