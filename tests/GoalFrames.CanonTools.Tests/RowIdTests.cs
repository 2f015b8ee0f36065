using GoalFrames.Canon;
using GoalFrames.CanonTools.Export;
using GoalFrames.CanonTools.Import;
using GoalFrames.CanonTools.Yaml;
using GoalFrames.Testing;

namespace GoalFrames.CanonTools.Tests;

public sealed class RowIdTests
{
    private const string Profile = "CLINDATA1.CDM.P3";

    [Fact]
    public void Reimport_WithoutIdColumnValues_KeepsIdsByTextAndSimilarity_AndReportsEveryChange()
    {
        using var temp = new TempDir();
        var canon = temp.CopyOf(RepoPaths.SampleCanon);
        var rows = ExportedRows(temp, canon);
        var edited = new List<string[]>();
        foreach (var row in rows)
        {
            if (row[4] == "external-data")
            {
                continue;
            }

            if (row[0] == "CLINDATA1" && row[4] is "edc-build" or "data-management-plan")
            {
                row[4] = string.Empty;
            }

            if (row[5].StartsWith("Specifies EDC database builds", StringComparison.Ordinal))
            {
                row[5] = row[5].Replace("leads user acceptance testing", "runs user acceptance testing", StringComparison.Ordinal);
            }

            edited.Add(row);
            if (row[4] == "data-cleaning")
            {
                edited.Add([row[0], row[1], row[2], row[3], string.Empty, "Trains site staff on eCRF completion"]);
                edited.Add([row[0], row[1], row[2], row[3], string.Empty, "Trains study teams on data entry"]);
            }
        }

        LongCsv.Write(temp.File("edited.csv"), edited);

        var result = CanonImporter.Import(temp.File("edited.csv"), canon, ImportMapping.Default);

        Assert.True(result.Written, string.Join("\n", result.Problems));
        var changes = Assert.Single(result.Changes, c => c.HasChanges);
        Assert.Equal(Profile, changes.ProfileId);
        var reworded = Assert.Single(changes.Rows, r => r.Kind == RowChangeKind.Reworded);
        Assert.Equal("edc-build", reworded.Id);
        Assert.Contains("like the old text", reworded.How, StringComparison.Ordinal);
        Assert.Contains(changes.Rows, r => r is { Kind: RowChangeKind.Removed, Id: "external-data" });
        var added = changes.Rows.Where(r => r.Kind == RowChangeKind.Added).ToList();
        Assert.Equal(2, added.Count);
        Assert.DoesNotContain(added, r => r.Id == "external-data");
        Assert.Contains(changes.Rows, r => r is { Kind: RowChangeKind.Unchanged, Id: "data-management-plan" });

        var loaded = CanonLoader.LoadOrThrow(canon).FindProfile(Profile)!;
        Assert.Equal("edc-build", loaded.CoreOutputs.Single(r => r.Text.Contains("runs user acceptance", StringComparison.Ordinal)).Ref.RowId);
        Assert.Contains(RowIds.RetiredKey(Profile, "core_outputs", "external-data"), File.ReadAllText(Path.Combine(canon, CanonImporter.RemovedIdsFile)), StringComparison.Ordinal);
    }

    [Fact]
    public void RemovedId_IsNeverGivenToOtherText_EvenWhenTheNewTextWouldMakeThatId()
    {
        using var temp = new TempDir();
        var canon = temp.CopyOf(RepoPaths.SampleCanon);
        var rows = ExportedRows(temp, canon);
        LongCsv.Write(temp.File("removed.csv"), rows.Where(r => r[4] != "external-data"));
        Assert.True(CanonImporter.Import(temp.File("removed.csv"), canon, ImportMapping.Default).Written);

        var withNew = rows.Where(r => r[4] != "external-data").ToList();
        var at = withNew.FindIndex(r => r[4] == "data-cleaning");
        withNew.Insert(at + 1, ["CLINDATA1", "CDM", "P3", "core_outputs", string.Empty, "External data"]);
        LongCsv.Write(temp.File("added.csv"), withNew);
        var result = CanonImporter.Import(temp.File("added.csv"), canon, ImportMapping.Default);

        Assert.True(result.Written, string.Join("\n", result.Problems));
        var added = Assert.Single(result.Changes.SelectMany(c => c.Rows), r => r.Kind == RowChangeKind.Added);
        Assert.Equal("external-data-2", added.Id);
    }

    [Fact]
    public void ImportIntoANewFolder_WithIdsFromThePublishedCanon_KeepsTheIdsOfASheetWithoutIds()
    {
        using var temp = new TempDir();
        var published = temp.CopyOf(RepoPaths.SampleCanon);
        var rows = ExportedRows(temp, published);
        LongCsv.Write(temp.File("no-ids.csv"), rows.Select(r => r[3] is "core_outputs" or "responsibilities" ? [r[0], r[1], r[2], r[3], string.Empty, r[5]] : r));

        var fresh = CanonImporter.Import(temp.File("no-ids.csv"), temp.File("fresh"), ImportMapping.Default);
        var kept = CanonImporter.Import(temp.File("no-ids.csv"), temp.File("next"), ImportMapping.Default, previousDirectory: published);

        Assert.True(kept.Written, string.Join("\n", kept.Problems));
        Assert.Equal(CanonLoader.LoadOrThrow(published).Fingerprint, kept.Fingerprint);
        Assert.All(kept.Changes, c => Assert.False(c.HasChanges, c.ProfileId));
        Assert.NotEqual(kept.Fingerprint, fresh.Fingerprint);
    }

    private static List<string[]> ExportedRows(TempDir temp, string canon)
    {
        CanonExporter.Write(CanonBookReader.Read(canon).Book!, temp.File("canon.csv"));
        return LongCsv.Read(temp.File("canon.csv"));
    }
}
