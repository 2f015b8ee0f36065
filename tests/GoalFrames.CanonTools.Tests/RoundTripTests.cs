using GoalFrames.Canon;
using GoalFrames.CanonTools.Export;
using GoalFrames.CanonTools.Import;
using GoalFrames.CanonTools.Yaml;
using GoalFrames.Testing;

namespace GoalFrames.CanonTools.Tests;

public sealed class RoundTripTests
{
    [Theory]
    [InlineData("canon.xlsx")]
    [InlineData("canon.csv")]
    public void SampleCanon_ExportedAndImportedIntoAnEmptyFolder_IsTheSameCanonByteForByte(string exportName)
    {
        using var temp = new TempDir();
        var original = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
        var read = CanonBookReader.Read(RepoPaths.SampleCanon);
        Assert.Empty(read.Notes);
        CanonExporter.Write(read.Book!, temp.File(exportName));

        var result = CanonImporter.Import(temp.File(exportName), temp.File("imported"), ImportMapping.Default);

        Assert.True(result.Written, string.Join("\n", result.Problems));
        Assert.Equal(original.Fingerprint, result.Fingerprint);
        CanonFilesAssert.Identical(RepoPaths.SampleCanon, temp.File("imported"));
    }

    [Theory]
    [InlineData("big.xlsx")]
    [InlineData("big.csv")]
    public void GeneratedThousandProfileCanon_SurvivesTheRoundTripByteForByte(string exportName)
    {
        using var temp = new TempDir();
        var source = temp.File("source");
        SyntheticCanon.WriteTo(SyntheticCanon.Book(1000), source);
        var original = CanonLoader.Load(source);
        Assert.True(original.IsValid, string.Join("\n", original.Problems));
        Assert.Equal(1000, original.Canon!.Profiles.Count);
        CanonExporter.Write(CanonBookReader.Read(source).Book!, temp.File(exportName));

        var result = CanonImporter.Import(temp.File(exportName), temp.File("imported"), ImportMapping.Default);

        Assert.True(result.Written, string.Join("\n", result.Problems.Take(20)));
        Assert.Equal(original.Canon.Fingerprint, result.Fingerprint);
        CanonFilesAssert.Identical(source, temp.File("imported"));
    }

    [Fact]
    public void ReimportingTheExportIntoTheSameCanon_ChangesNothingAndReportsEveryRowUnchanged()
    {
        using var temp = new TempDir();
        var canon = temp.CopyOf(RepoPaths.SampleCanon);
        var fingerprint = CanonLoader.LoadOrThrow(canon).Fingerprint;
        CanonExporter.Write(CanonBookReader.Read(canon).Book!, temp.File("canon.xlsx"));

        var result = CanonImporter.Import(temp.File("canon.xlsx"), canon, ImportMapping.Default);

        Assert.True(result.Written, string.Join("\n", result.Problems));
        Assert.Equal(fingerprint, result.Fingerprint);
        Assert.NotEmpty(result.Changes);
        Assert.All(result.Changes, p => Assert.False(p.HasChanges, p.ProfileId));
        CanonFilesAssert.Identical(RepoPaths.SampleCanon, canon);
    }
}
