using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// The Microsoft 365 Agents Playground (npm, pinned 0.2.28) as a real Teams client on loopback, without a browser:
/// driven through its headless conversation endpoints, with what the bot sends read from its WebSocket stream.
/// </summary>
internal sealed partial class PlaygroundProcess : IAsyncDisposable
{
    public const string Version = "0.2.28";
    public const string ConversationId = "conv-e2e";

    /// <summary>The Playground's signed-in user (Alex Wilber), who talks to the bot in its personal chat.</summary>
    public const string CurrentUserId = "user-id-0";

    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly ClientWebSocket _stream = new();
    private readonly Channel<JsonElement> _events = Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _reader;

    private PlaygroundProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => _port.TrySetException(new InvalidOperationException($"the Playground exited with {process.ExitCode}:\n{Log}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public HttpClient Http { get; private set; } = null!;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The command that runs the Playground: the copy scripts/playground-for-tests.sh installed, else npx; null when neither node nor npx is here.</summary>
    public static (string FileName, string[] Args)? Command()
    {
        var installed = Path.Combine(RepoPaths.Root, "tests", "GoalFrames.Teams.Tests", "playground", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (File.Exists(installed) && OnPath("node") is { } node)
        {
            return (node, [installed]);
        }

        return OnPath("npx") is { } npx ? (npx, ["-y", $"@microsoft/m365agentsplayground@{Version}"]) : null;
    }

    /// <summary>The command that runs the Playground; without node/npx the test skips, and fails under <c>CI=true</c>.</summary>
    public static (string FileName, string[] Args) RequiredCommand()
    {
        if (Command() is { } command)
        {
            return command;
        }

        const string Missing = "node/npx not found: run scripts/playground-for-tests.sh (needs Node.js) to run the Agents Playground tests";
        Assert.SkipWhen(!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), Missing);
        Assert.Fail(Missing);
        return default;
    }

    public static async Task<PlaygroundProcess> StartAsync((string FileName, string[] Args) command, Uri botEndpoint)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Directory.CreateTempSubdirectory("goalframes-playground-").FullName,
        };
        foreach (var arg in command.Args.Concat(["-e", botEndpoint.ToString(), "-c", "msteams", "-p", port.ToString(CultureInfo.InvariantCulture), "--disable-telemetry", "--conversation-id", ConversationId]))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["BROWSER"] = "none";
        var playground = new PlaygroundProcess(Process.Start(info)!);
        await playground.ConnectAsync(port);
        return playground;
    }

    /// <summary>The next <c>createMessage</c>/<c>updateMessage</c> event from the bot that matches, within the timeout.</summary>
    public async Task<JsonElement> NextAsync(string action, Func<JsonElement, bool> matches, TimeSpan timeout) =>
        (await NextAsync(action, m => matches(m.Message), timeout)).Message;

    /// <summary>The next <c>createMessage</c>/<c>updateMessage</c> event from the bot that matches, with its conversation.</summary>
    public async Task<PlaygroundMessage> NextAsync(string action, Func<PlaygroundMessage, bool> matches, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var next = await _events.Reader.ReadAsync(cancel.Token);
                if (next.TryGetProperty("action", out var a) && a.GetString() == action
                    && new PlaygroundMessage(next.GetProperty("actionConversationId").GetString()!, next.GetProperty("message")) is var message
                    && matches(message))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no matching '{action}' on the Playground's stream within {timeout.TotalSeconds:0} s. Playground log:\n{Log}");
        }
    }

    /// <summary>The Playground's first group chat: the signed-in user with five colleagues, where they can mention each other.</summary>
    public async Task<string> GroupChatIdAsync()
    {
        using var config = JsonDocument.Parse(await Http.GetStringAsync(new Uri("_internal/v1/config", UriKind.Relative)));
        return config.RootElement.GetProperty("config").GetProperty("groupChats")[0].GetProperty("id").GetString()!;
    }

    /// <summary>Installs the bot in a conversation, as adding the app in Teams does (the bot then says hello).</summary>
    public async Task InstallAsync(string conversationId)
    {
        using var install = await Http.PostAsync(new Uri($"_debug/conversation/{conversationId}/installation", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
    }

    /// <summary>The signed-in user types a message; each mention is written <c>&lt;at&gt;Name&lt;/at&gt;</c> in the text, as Teams does.</summary>
    public async Task SayAsync(string conversationId, string text, params (string Id, string Name)[] mentions)
    {
        var message = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = CurrentUserId },
            ["text"] = text,
            ["textFormat"] = "plain",
            ["mentions"] = new JsonArray([.. mentions.Select(m => new JsonObject { ["mentioned"] = new JsonObject { ["id"] = m.Id }, ["text"] = $"<at>{m.Name}</at>" })]),
        };
        using var sent = await Http.PostAsync(new Uri($"_conversation/v1/conversations/{conversationId}/messages", UriKind.Relative), TeamsActivities.Content(message));
        Assert.True(sent.IsSuccessStatusCode, $"the Playground refused the message ({(int)sent.StatusCode}): {await sent.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// The signed-in user presses a card's <c>Action.Execute</c> button, with the card's inputs as shown and then the
    /// given values typed in; returns the bot's invoke response body (a card or a message).
    /// </summary>
    public async Task<JsonElement> PressAsync(PlaygroundMessage posted, string title, IReadOnlyDictionary<string, string>? typed = null)
    {
        var card = posted.Cards.First(c => CardJson.ButtonTitles(c).Contains(title));
        var data = CardJson.Pressed(card, title);
        foreach (var (id, value) in typed ?? new Dictionary<string, string>())
        {
            data[id] = value;
        }

        var invoke = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = CardJson.Button(card, title).GetProperty("verb").GetString(), ["data"] = data }, ["trigger"] = "manual" },
            ["from"] = new JsonObject { ["id"] = CurrentUserId },
            ["conversation"] = new JsonObject { ["id"] = posted.ConversationId },
            ["replyToId"] = posted.Id,
        };
        using var pressed = await Http.PostAsync(new Uri("_conversation/v1/invoke", UriKind.Relative), TeamsActivities.Content(invoke));
        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        using var body = JsonDocument.Parse(await pressed.Content.ReadAsStringAsync());
        return body.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reader is not null)
        {
            await _reader.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _stream.Dispose();
        Http?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        Directory.Delete(_process.StartInfo.WorkingDirectory, recursive: true);
        _process.Dispose();
        _stop.Dispose();
    }

    private async Task ConnectAsync(int requestedPort)
    {
        // It falls back to a random port when the one asked for is taken; it prints the one it got (Append sees the line).
        int port;
        try
        {
            port = await _port.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the Playground did not say 'Listening on' within 60 s:\n{Log}");
        }

        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
        Assert.Equal(requestedPort, port);
        Assert.Equal("pong", await Http.GetStringAsync(new Uri("_debug/ping", UriKind.Relative)));
        await _stream.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), CancellationToken.None);
        _reader = Task.Run(ReadStreamAsync);
    }

    private async Task ReadStreamAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _stream.State == WebSocketState.Open)
        {
            var result = await _stream.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                using var json = JsonDocument.Parse(message.ToArray());
                _events.Writer.TryWrite(json.RootElement.Clone());
                message.SetLength(0);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string? OnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            _port.TrySetResult(int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex("Listening on (?<port>[0-9]+)")]
    private static partial Regex Listening();
}
