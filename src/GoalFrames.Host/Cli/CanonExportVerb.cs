using System.CommandLine;
using GoalFrames.CanonTools.Export;
using GoalFrames.CanonTools.Yaml;

namespace GoalFrames.Host.Cli;

/// <summary><c>goalframes canon export [DIR] --format xlsx|csv [--out FILE]</c>: the canon in the long shape, with ids.</summary>
internal static class CanonExportVerb
{
    public static Command Build(Func<string?, string> resolve, TextWriter output, TextWriter error)
    {
        var directory = CanonDirectoryArgument.Create();
        var format = new Option<string>("--format", "-f") { Description = "xlsx or csv.", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("xlsx", "csv");
        var outFile = new Option<string?>("--out") { Description = "The file to write (default: canon.xlsx or canon.csv here)." };
        var command = new Command("export", "Write the canon as a spreadsheet in the long shape (one row per text, with ids); importing it back gives the same canon.") { directory, format, outFile };
        command.SetAction(result =>
        {
            var path = resolve(result.GetValue(directory));
            var read = CanonBookReader.Read(path);
            if (read.Book is null)
            {
                GoalFrames.Canon.CanonReport.WriteProblems(read.Loaded, path, error);
                return 1;
            }

            foreach (var note in read.Notes)
            {
                output.WriteLine("warning: " + note);
            }

            var target = result.GetValue(outFile) ?? "canon." + result.GetValue(format);
            CanonExporter.Write(read.Book, target);
            output.WriteLine($"ok: wrote {target} ({read.Loaded.Canon!.Profiles.Count} profiles, fingerprint {read.Loaded.Canon.Fingerprint})");
            return 0;
        });
        return command;
    }
}
