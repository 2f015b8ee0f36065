using System.IO.Compression;
using System.Text.Json;

namespace GoalFrames.Host.Tests;

public sealed class TeamsPackageCommandTests
{
    [Fact]
    public void TeamsPackage_AppId_WritesTheZipWithManifestAndIconsAtTheRoot()
    {
        var file = Path.Combine(Path.GetTempPath(), $"goalframes-teams-{Guid.NewGuid():N}.zip");
        try
        {
            var run = CommandLineRun.Invoke("teams", "package", "--app-id", "11111111-2222-3333-4444-555555555555", "--out", file);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains(file, run.Output, StringComparison.Ordinal);
            using var zip = ZipFile.OpenRead(file);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
            using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
            Assert.Equal("11111111-2222-3333-4444-555555555555", manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("goalframes")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void TeamsPackage_NotAnAppId_ExitsTwoWithTheReason(string appId)
    {
        var run = CommandLineRun.Invoke("teams", "package", "--app-id", appId, "--out", Path.Combine(Path.GetTempPath(), "unused.zip"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not an app id", run.Error, StringComparison.Ordinal);
    }
}
