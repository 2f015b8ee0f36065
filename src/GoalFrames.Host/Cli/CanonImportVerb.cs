using System.CommandLine;
using System.Globalization;
using GoalFrames.CanonTools.Import;

namespace GoalFrames.Host.Cli;

/// <summary><c>goalframes canon import FILE --out DIR [--mapping FILE]</c>: a spreadsheet into a canon directory, with the change report.</summary>
internal static class CanonImportVerb
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The spreadsheet: .xlsx or .csv, long shape (family, focus, level, field, id, text) unless a mapping file says otherwise." };
        var outDir = new Option<string>("--out") { Description = "The canon directory to write; row ids already there are kept.", Required = true };
        var previous = new Option<string?>("--ids-from") { Description = "The published canon whose row ids to keep (default: the --out folder, when it holds a canon)." };
        var mapping = new Option<string?>("--mapping") { Description = "A YAML file naming the sheet, its columns and field words (see docs/canon-for-hr.md)." };
        var command = new Command("import", "Import a spreadsheet into a canon directory: every problem at its cell, row ids kept, a change report per profile.") { file, outDir, mapping, previous };
        command.SetAction(result =>
        {
            var map = ImportMapping.Default;
            if (result.GetValue(mapping) is { } mappingFile)
            {
                var read = MappingFileReader.Read(mappingFile);
                if (read.Mapping is null)
                {
                    read.Problems.ToList().ForEach(p => error.WriteLine(p));
                    return 1;
                }

                map = read.Mapping;
            }

            return Write(CanonImporter.Import(result.GetValue(file)!, result.GetValue(outDir)!, map, result.GetValue(previous)), result.GetValue(outDir)!, output, error);
        });
        return command;
    }

    private static int Write(ImportResult result, string outDir, TextWriter output, TextWriter error)
    {
        foreach (var warning in result.Warnings)
        {
            output.WriteLine("warning: " + warning);
        }

        foreach (var problem in result.Problems)
        {
            error.WriteLine(problem);
        }

        if (!result.Written)
        {
            error.WriteLine($"{N(result.Problems.Count)} problem{(result.Problems.Count == 1 ? string.Empty : "s")}; nothing was written to {outDir}. Fix them in the spreadsheet and import again.");
            return 1;
        }

        ChangeReportWriter.Write(result.Changes, output);
        output.WriteLine($"ok: wrote {outDir} (fingerprint {result.Fingerprint})");
        return 0;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
