using System.Diagnostics;
using System.Text.Json;
using GoalFrames.Canon;
using GoalFrames.CanonTools.Report;
using GoalFrames.Engine;
using GoalFrames.Testing;

namespace GoalFrames.CanonTools.Tests;

public sealed class CoverageReportTests
{
    private const string Family = """
        family:
          code: FAM
          name: Test Family
        focuses:
          - code: GEN
            name: General
            description: A focus for the report.
            profiles:
              - level: P2
                status: draft
                version: 1
                provenance: Test
                responsibilities:
                  - id: same
                    text: Keeps the same words at two levels
              - level: M5
                status: approved
                version: 1
                provenance: Test
                core_outputs:
                  - id: same
                    text: Keeps the same words at two levels
                  - id: other
                    text: Leads the department
                rubrics:
                  complexity: Solves department-wide problems.
        """;

    [Fact]
    public void Report_UsesTheEnginesOwnOmissions_AndListsDraftsRepeatsAndLevelsWithoutDimensions()
    {
        using var temp = new TempCanon(Family);
        var canon = CanonLoader.LoadOrThrow(temp.Dir);

        var report = CoverageReport.Of(canon);

        foreach (var profile in canon.Profiles)
        {
            var sheet = new FrameEngine().Build(canon, profile, FrameKinds.All);
            var coverage = report.Profiles.Single(p => p.Id == profile.Id);
            Assert.Equal(sheet.Omissions, coverage.LeftOut);
            Assert.Equal(sheet.Sections.Select(s => s.Kind), coverage.Yields);
        }

        var p2 = report.Profiles.Single(p => p.Level == "P2");
        Assert.DoesNotContain(FrameKind.Smart, p2.Yields);
        Assert.Equal(["FAM.GEN.P2"], report.Drafts.Select(d => d.Id));
        var repeated = Assert.Single(report.Repeated);
        Assert.Equal("Keeps the same words at two levels", repeated.Text);
        Assert.Equal(2, repeated.Places.Count);
        Assert.Equal(["P2"], report.LevelsWithoutDimensions);

        var markdown = MarkdownReportWriter.Write(report);
        Assert.Contains("SMART goals: this profile has no core outputs (needs core_outputs)", markdown, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(JsonReportWriter.Write(report));
        Assert.Equal("draft", json.RootElement.GetProperty("profiles")[0].GetProperty("isDraft").GetBoolean() ? "draft" : "approved");
        Assert.Equal("P2", json.RootElement.GetProperty("levelsWithoutDimensions")[0].GetString());
    }

    [Fact]
    public async Task HtmlReport_IsOneSelfContainedPage_ThatHeadlessChromiumRendersAndScreenshots()
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", $"{chromium} is missing and CI=true");
            Assert.Skip($"{chromium} is missing");
        }

        var html = HtmlReportWriter.Write(CoverageReport.Of(CanonLoader.LoadOrThrow(RepoPaths.SampleCanon)));
        Assert.DoesNotMatch("(src|href)=|@import|url\\(|<script", html);
        var shots = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        var page = Path.Combine(shots, "canon-report.html");
        var screenshot = Path.Combine(shots, "canon-report.png");
        File.Delete(screenshot);
        await File.WriteAllTextAsync(page, html, TestContext.Current.CancellationToken);

        var dom = await RunAsync(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", new Uri(page).AbsoluteUri);
        await RunAsync(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,1400", "--screenshot=" + screenshot, new Uri(page).AbsoluteUri);

        Assert.Contains("Canon coverage: GoalFrames sample canon", dom, StringComparison.Ordinal);
        Assert.Contains("SMART goals: this profile has no core outputs", dom, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot should show the rendered report");
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
        return await output;
    }
}
