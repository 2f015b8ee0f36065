using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// What a person sees: the Agents Playground's own web UI in headless Chromium (playground/screenshot.mjs, driven with
/// the playwright-core of tests/checkers), chatting with the real bot. The card's text must be on screen in its chat,
/// and the page's screenshot goes to artifacts/screenshots/teams-playground-clinops-m5-smart.png, which
/// scripts/refresh-screenshots.sh copies to docs/img for the README. The Playground's UI keeps no
/// history (it shows only what its stream sends while the page is open), so the page is opened first and the question
/// is typed there. Without node, the Playground, Chromium or playwright-core the test skips locally and fails under CI=true.
/// </summary>
public sealed class PlaygroundScreenshotTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Ask = "goals clinops M5 smart";
    private const string Greeting = "Hi, I'm GoalFrames";

    private static readonly string[] CardTexts =
    [
        "Goal templates — Clinical Trials Operations — M5",
        "0 of 15 blanks filled",
        "SMART goals",
        "Serves as department head for Clinical Operations",
        "Save",
    ];

    private static readonly string Script = Path.Combine(RepoPaths.Root, "tests", "GoalFrames.Teams.Tests", "playground", "screenshot.mjs");

    private static readonly string Shot = Path.Combine(RepoPaths.Root, "artifacts", "screenshots", "teams-playground-clinops-m5-smart.png");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlaygroundWebUi_AskInItsChat_TheCardIsOnScreenAndItsScreenshotGoesToArtifacts()
    {
        var (playgroundCommand, node) = Require();
        var clock = Stopwatch.StartNew();
        await using var host = await TeamsTestHost.StartAsync();
        await using var playground = await PlaygroundProcess.StartAsync(playgroundCommand, new Uri(host.BaseUrl, "api/messages"));
        var scratch = Directory.CreateTempSubdirectory("goalframes-playground-shot-"); // kept when the test fails: the page's screenshot is in it
        var screenshot = Path.Combine(scratch.FullName, "page.png");
        var request = new JsonObject
        {
            ["url"] = playground.Http.BaseAddress!.ToString(),
            ["greeting"] = Greeting,
            ["send"] = Ask,
            ["cardTexts"] = new JsonArray([.. CardTexts.Select(t => JsonValue.Create(t))]),
            ["screenshot"] = screenshot,
        };
        var requestFile = Path.Combine(scratch.FullName, "request.json");
        await File.WriteAllTextAsync(requestFile, request.ToJsonString(), Cancel);

        var (exitCode, output, error) = await RunAsync(node, [Script, requestFile], TimeSpan.FromMinutes(3));
        Assert.True(exitCode == 0, $"screenshot.mjs exited with {exitCode} (what the page showed: {screenshot}):\n{error}\nPlayground log:\n{playground.Log}");

        // The page did what a Teams user does; the bot's side of it is on the test's own stream too.
        var welcome = await playground.NextAsync("createMessage", m => Text(m).StartsWith(Greeting, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("goals help", Text(welcome), StringComparison.Ordinal);
        var reply = await playground.NextAsync("createMessage", m => Cards(m).Count > 0, TimeSpan.FromSeconds(10));
        var card = Assert.Single(Cards(reply));
        Assert.All(CardTexts.SkipLast(1), t => Assert.Contains(t, CardJson.AllText(card), StringComparison.Ordinal));
        Assert.Contains(CardTexts[^1], CardJson.ButtonTitles(card));

        using var result = JsonDocument.Parse(output);
        var visible = result.RootElement.GetProperty("visible");
        var notOnScreen = visible.EnumerateObject().Where(p => !p.Value.GetBoolean()).Select(p => p.Name).ToList();
        Assert.True(notOnScreen.Count == 0, "not on screen in the Playground's chat: " + string.Join(" | ", notOnScreen) + $"\n(see {screenshot})");
        Assert.Equal([Ask, .. CardTexts], visible.EnumerateObject().Select(p => p.Name));

        var png = await File.ReadAllBytesAsync(screenshot, Cancel);
        var (width, height) = CheckPng(png);
        Assert.Equal(result.RootElement.GetProperty("width").GetInt32(), width);
        Assert.Equal(result.RootElement.GetProperty("height").GetInt32(), height);
        Assert.True(width >= 1200 && height >= 2000, $"the screenshot is {width}×{height}: too small to hold the whole card");
        Assert.True(png.Length > 100_000, $"the screenshot is only {png.Length} bytes: a blank page?");
        Directory.CreateDirectory(Path.GetDirectoryName(Shot)!);
        await File.WriteAllBytesAsync(Shot, png, Cancel);

        var ms = result.RootElement.GetProperty("ms");
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{width}×{height}, {png.Length / 1024} KiB; page: greeting {ms.GetProperty("greeting").GetInt32()} ms, card {ms.GetProperty("card").GetInt32()} ms, screenshot {ms.GetProperty("total").GetInt32()} ms; test {clock.Elapsed.TotalSeconds:0.0} s"));
        scratch.Delete(recursive: true);
    }

    private static ((string FileName, string[] Args) Playground, string Node) Require()
    {
        var node = PlaygroundProcess.OnPath("node");
        var playground = PlaygroundProcess.Command();
        var missing = node is null || playground is null ? "node/npx not found: run scripts/playground-for-tests.sh (needs Node.js)"
            : !File.Exists(Chromium) ? $"{Chromium} is missing: run scripts/checkers-for-tests.sh"
            : !File.Exists(Path.Combine(RepoPaths.Root, "tests", "checkers", "node_modules", "playwright-core", "package.json")) ? "playwright-core is not installed in tests/checkers: run scripts/checkers-for-tests.sh"
            : null;
        if (missing is not null)
        {
            var message = "Agents Playground screenshot test unavailable: " + missing;
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message + " (CI=true, so this fails instead of skipping)");
            }

            Assert.Skip(message);
        }

        return (playground!.Value, node!);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Path.GetDirectoryName(Script)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        cancel.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {string.Join(' ', start.ArgumentList)} did not finish within {timeout}");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>A whole, well-formed 8-bit RGB(A) PNG: signature, header, and image data that inflates to exactly its rows.</summary>
    private static (int Width, int Height) CheckPng(byte[] file)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.True(file.Length > 8 && file.AsSpan(0, 8).SequenceEqual(signature), "the screenshot is not a PNG file");
        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        var ended = false;
        for (var at = 8; at + 12 <= file.Length && !ended; )
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = Encoding.ASCII.GetString(file, at + 4, 4);
            var body = file.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(body);
                    height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                    Assert.True(body[8] == 8 && body[9] is 2 or 6, $"expected 8-bit RGB or RGBA, got bit depth {body[8]}, colour type {body[9]}");
                    channels = body[9] == 6 ? 4 : 3;
                    break;
                case "IDAT":
                    data.Write(body);
                    break;
                case "IEND":
                    ended = true;
                    break;
            }

            at += 12 + length;
        }

        Assert.True(ended, "the screenshot PNG has no IEND chunk: truncated");
        data.Position = 0;
        using var inflate = new ZLibStream(data, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflate.CopyTo(raw);
        Assert.Equal((long)height * (1 + (width * channels)), raw.Length);
        return (width, height);
    }

    private static string Text(JsonElement message) => message.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty;

    private static List<JsonElement> Cards(JsonElement message) => message.TryGetProperty("attachments", out var attachments)
        ? [.. attachments.EnumerateArray().Where(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive").Select(a => a.GetProperty("content"))]
        : [];
}
