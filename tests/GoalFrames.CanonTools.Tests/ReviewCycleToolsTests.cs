using GoalFrames.CanonTools.Diff;
using GoalFrames.CanonTools.Export;
using GoalFrames.CanonTools.Import;
using GoalFrames.CanonTools.Yaml;
using GoalFrames.Testing;

namespace GoalFrames.CanonTools.Tests;

/// <summary>The review cycle in <c>canon.yaml</c> travels through the spreadsheet and shows in a diff.</summary>
public sealed class ReviewCycleToolsTests
{
    [Fact]
    public void Export_LongSheet_HasOneRowPerCycleValue()
    {
        using var temp = new TempDir();
        CanonExporter.Write(CanonBookReader.Read(RepoPaths.SampleCanon).Book!, temp.File("canon.csv"));

        var lines = File.ReadAllLines(temp.File("canon.csv"));

        Assert.Contains(",,,review_cycle,name,FY2027 goals", lines);
        Assert.Contains(",,,review_cycle,start,2027-01-01", lines);
        Assert.Contains(",,,review_cycle,end,2027-12-31", lines);
        Assert.Contains(",,,review_cycle,goals_due,2027-01-31", lines);
    }

    [Fact]
    public void Import_GoalsDueOutsideTheCycle_IsRefusedAtTheSheetCell()
    {
        using var temp = new TempDir();
        CanonExporter.Write(CanonBookReader.Read(RepoPaths.SampleCanon).Book!, temp.File("canon.csv"));
        var lines = File.ReadAllLines(temp.File("canon.csv"));
        var row = Array.IndexOf(lines, ",,,review_cycle,goals_due,2027-01-31");
        lines[row] = ",,,review_cycle,goals_due,2028-03-01";
        File.WriteAllLines(temp.File("canon.csv"), lines);

        var result = CanonImporter.Import(temp.File("canon.csv"), temp.File("imported"), ImportMapping.Default);

        Assert.False(result.Written);
        var problem = Assert.Single(result.Problems);
        Assert.Contains($"canon.csv:{row + 1}", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("goals are due on 2028-03-01, outside the review cycle 2027-01-01 to 2027-12-31", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_CycleMovedAndRemoved_ShowsEachValue()
    {
        using var temp = new TempDir();
        var moved = temp.CopyOf(RepoPaths.SampleCanon);
        var header = Path.Combine(moved, "canon.yaml");
        File.WriteAllText(header, File.ReadAllText(header).Replace("goals_due: 2027-01-31", "goals_due: 2027-02-15", StringComparison.Ordinal));
        var removed = temp.CopyOf(RepoPaths.SampleCanon);
        var text = File.ReadAllText(Path.Combine(removed, "canon.yaml"));
        File.WriteAllText(Path.Combine(removed, "canon.yaml"), text[..text.IndexOf("review_cycle:", StringComparison.Ordinal)]);
        var old = CanonBookReader.Read(RepoPaths.SampleCanon);
        var later = CanonBookReader.Read(moved);
        var gone = CanonBookReader.Read(removed);

        var movedDiff = CanonDiffer.Compare(old.Book!, old.Loaded.Canon!, later.Book!, later.Loaded.Canon!);
        var goneDiff = CanonDiffer.Compare(old.Book!, old.Loaded.Canon!, gone.Book!, gone.Loaded.Canon!);

        Assert.Equal(new CanonChange("canon", ChangeKind.Reworded, "review_cycle", "goals_due", "2027-01-31", "2027-02-15"), Assert.Single(movedDiff.Changes));
        Assert.Equal(["name", "start", "end", "goals_due"], goneDiff.Changes.Select(c => c.Id));
        Assert.All(goneDiff.Changes, c => Assert.Equal((ChangeKind.Removed, "review_cycle", (string?)null), (c.Kind, c.Field, c.New)));
    }
}
