using System.Globalization;
using System.Text;

namespace GoalFrames.Benchmarks;

/// <summary>Writes a large synthetic canon: the sample levels, and families × focuses × levels profiles of five rows each.</summary>
internal static class GeneratedCanon
{
    public static string Write(int families, int focusesPerFamily)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"goalframes-bench-{families}x{focusesPerFamily}");
        if (Directory.Exists(dir))
        {
            return dir;
        }

        var sample = BenchPaths.SampleCanon;
        Directory.CreateDirectory(Path.Combine(dir, "families"));
        File.Copy(Path.Combine(sample, "canon.yaml"), Path.Combine(dir, "canon.yaml"));
        File.Copy(Path.Combine(sample, "levels.yaml"), Path.Combine(dir, "levels.yaml"));
        string[] levels = ["P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3", "M4"];
        for (var f = 0; f < families; f++)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"family:\n  code: FAM{f}\n  name: Family {f}\nfocuses:\n");
            for (var g = 0; g < focusesPerFamily; g++)
            {
                text.Append(CultureInfo.InvariantCulture, $"  - code: FOC{g}\n    name: Focus {f}.{g}\n    description: Generated focus.\n    aliases: [f{f}-g{g}]\n    profiles:\n");
                foreach (var level in levels)
                {
                    text.Append(CultureInfo.InvariantCulture, $"      - level: {level}\n        status: approved\n        version: 1\n        provenance: generated\n        core_outputs:\n");
                    for (var r = 0; r < 5; r++)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"          - id: out-{r}\n            text: Generated core output {r} for focus {f}.{g} at {level}, owning delivery across the portfolio\n");
                    }

                    text.Append("        rubrics:\n          complexity: Solves generated problems.\n          knowledge_application: Applies generated knowledge.\n");
                }
            }

            File.WriteAllText(Path.Combine(dir, "families", $"family-{f}.yaml"), text.ToString());
        }

        return dir;
    }
}
