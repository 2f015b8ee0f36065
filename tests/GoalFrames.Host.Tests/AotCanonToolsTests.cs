using System.Diagnostics;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>
/// HR's canon tools through the binary people run: export the sample canon as CSV and XLSX, import each back into a new
/// folder, and diff it against the original, which finds no change. test.sh runs this against the Native AOT binary too,
/// where the CSV and spreadsheet libraries run trimmed.
/// </summary>
public sealed class AotCanonToolsTests
{
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task ExportImportDiff_OfTheSampleCanon_ChangesNothing(string format)
    {
        var folder = Directory.CreateTempSubdirectory("goalframes-canon-tools-").FullName;
        try
        {
            var sheet = Path.Combine(folder, "canon." + format);
            var imported = Path.Combine(folder, "imported");

            Assert.Equal(0, (await RunAsync("canon", "export", RepoPaths.SampleCanon, "-f", format, "--out", sheet)).ExitCode);
            var import = await RunAsync("canon", "import", sheet, "--out", imported, "--ids-from", RepoPaths.SampleCanon);
            Assert.True(import.ExitCode == 0, import.Output);
            var diff = await RunAsync("canon", "diff", RepoPaths.SampleCanon, imported);

            Assert.True(diff.ExitCode == 0, diff.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var process = Process.Start(HostProcess.StartInfo(args))!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
