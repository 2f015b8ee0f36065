using GoalFrames.Canon;
using GoalFrames.CanonTools.Book;
using GoalFrames.CanonTools.Import;
using GoalFrames.CanonTools.Yaml;
using GoalFrames.Testing;

namespace GoalFrames.CanonTools.Tests;

public sealed class WideShapeTests
{
    private const string Mapping = """
        sheet: Profiles
        shape: wide
        separator: "\n"
        columns:
          family: Job family
          focus: Sub-family
          level: Grade
          title: Job title
          core_outputs: Key output
          responsibilities: Responsibilities
          complexity: Complexity rubric
          knowledge_application: Knowledge rubric
        """;

    [Fact]
    public void WideWorkbookWithoutIds_ImportedIntoTheCanon_KeepsEveryIdByText_AndARewordKeepsItsId()
    {
        using var temp = new TempDir();
        var canon = temp.CopyOf(RepoPaths.SampleCanon);
        var fingerprint = CanonLoader.LoadOrThrow(canon).Fingerprint;
        var book = CanonBookReader.Read(canon).Book!;
        File.WriteAllText(temp.File("mapping.yaml"), Mapping);
        var (mapping, problems) = MappingFileReader.Read(temp.File("mapping.yaml"));
        Assert.Empty(problems);
        TestWorkbook.Write(temp.File("same.xlsx"), "Profiles", Rows(book, reword: false));

        var same = CanonImporter.Import(temp.File("same.xlsx"), canon, mapping!);

        Assert.True(same.Written, string.Join("\n", same.Problems));
        Assert.Equal(fingerprint, same.Fingerprint);
        Assert.All(same.Changes, c => Assert.False(c.HasChanges, c.ProfileId));

        TestWorkbook.Write(temp.File("reworded.xlsx"), "Profiles", Rows(book, reword: true));
        var reworded = CanonImporter.Import(temp.File("reworded.xlsx"), canon, mapping!);

        Assert.True(reworded.Written, string.Join("\n", reworded.Problems));
        var change = Assert.Single(reworded.Changes.SelectMany(c => c.Rows), r => r.Kind != RowChangeKind.Unchanged);
        Assert.Equal((RowChangeKind.Reworded, "edc-build"), (change.Kind, change.Id));
        Assert.EndsWith("before release", CanonLoader.LoadOrThrow(canon).FindProfile("CLINDATA1.CDM.P3")!.CoreOutputs.Single(r => r.Ref.RowId == "edc-build").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void MappingFile_WithUnknownKeysAndColumns_IsRefusedWithEveryProblemAtItsLine()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.File("mapping.yaml"), "shape: tall\ncolumns:\n  famly: Job family\nfields:\n  Key output: core_output\ncolour: blue\n");

        var (mapping, problems) = MappingFileReader.Read(temp.File("mapping.yaml"));

        Assert.Null(mapping);
        var file = temp.File("mapping.yaml");
        Assert.Equal(
            [$"{file}:1:8", $"{file}:3:3", $"{file}:5:15", $"{file}:6:1"],
            problems.Select(p => p.Location));
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(CanonBook book, bool reword)
    {
        var most = book.Families.SelectMany(f => f.Focuses).SelectMany(f => f.Profiles).Max(p => p.CoreOutputs.Count);
        yield return ["Job family", "Sub-family", "Grade", "Job title", "status", "version", "sample", "provenance", .. Enumerable.Range(1, most).Select(n => $"Key output {n}"), "Responsibilities", "Complexity rubric", "Knowledge rubric"];
        foreach (var family in book.Families)
        {
            foreach (var focus in family.Focuses)
            {
                foreach (var p in focus.Profiles)
                {
                    var outputs = p.CoreOutputs.Select(r => reword && r.Id == "edc-build" ? r.Text.Replace("before go-live", "before release", StringComparison.Ordinal) : r.Text).ToList();
                    yield return
                    [
                        family.Code, focus.Code, p.Level, p.Title ?? string.Empty, p.Status, p.Version, p.Sample ? "true" : string.Empty, p.Provenance,
                        .. Enumerable.Range(0, most).Select(i => i < outputs.Count ? outputs[i] : string.Empty),
                        string.Join("\n", p.Responsibilities.Select(r => r.Text)),
                        p.Rubrics.FirstOrDefault(r => r.Id == "complexity")?.Text ?? string.Empty,
                        p.Rubrics.FirstOrDefault(r => r.Id == "knowledge_application")?.Text ?? string.Empty,
                    ];
                }
            }
        }
    }
}
