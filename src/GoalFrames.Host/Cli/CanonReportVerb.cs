using System.CommandLine;
using GoalFrames.Canon;
using GoalFrames.CanonTools.Report;

namespace GoalFrames.Host.Cli;

/// <summary><c>goalframes canon report [DIR] [--format md|html|json] [--out FILE]</c>: coverage for HR.</summary>
internal static class CanonReportVerb
{
    public static Command Build(Func<string?, string> resolve, TextWriter output, TextWriter error)
    {
        var directory = CanonDirectoryArgument.Create();
        var format = new Option<string>("--format", "-f") { Description = "md (default), html (one self-contained page) or json.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "markdown", "html", "json");
        var outFile = new Option<string?>("--out") { Description = "Write the report to this file instead of printing it." };
        var command = new Command("report", "Coverage per family, focus and level: which frameworks each profile yields, which are left out and why; drafts, texts repeated across levels, levels without dimensions.") { directory, format, outFile };
        command.SetAction(result =>
        {
            var path = resolve(result.GetValue(directory));
            var loaded = CanonLoader.Load(path);
            if (loaded.Canon is null)
            {
                CanonReport.WriteProblems(loaded, path, error);
                return 1;
            }

            var report = CoverageReport.Of(loaded.Canon);
            var text = result.GetValue(format) switch
            {
                "html" => HtmlReportWriter.Write(report),
                "json" => JsonReportWriter.Write(report),
                _ => MarkdownReportWriter.Write(report),
            };
            if (result.GetValue(outFile) is { } target)
            {
                File.WriteAllText(target, text);
                output.WriteLine($"ok: wrote {target} ({CoverageFacts.Summary(report)})");
            }
            else
            {
                output.Write(text);
            }

            return 0;
        });
        return command;
    }
}
