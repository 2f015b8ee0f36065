using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>
/// The real GoalFrames binary started as its own process (the JIT build beside the tests, or the shipped binary named by
/// <see cref="BinaryVariable"/>): for what only a process shows (signals, exit codes, file modes, its console) and for
/// the end-to-end run of <see cref="TestHost"/> tests against the shipped binary.
/// </summary>
internal sealed class HostProcess : IRunningHost
{
    private readonly Process _process;
    private readonly HostLog _log;
    private readonly OwnStore _store;

    private HostProcess(Process process, OwnStore store)
    {
        _process = process;
        _store = store;
        _log = ProcessLog.Follow(process);
    }

    /// <summary>The port the host said it listens on (it binds port 0, so no two hosts race for one).</summary>
    public int Port { get; private set; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Waits (bounded by <see cref="HostLog.Patience"/>) until the host has written <paramref name="text"/> <paramref name="occurrences"/> times; woken by each line.</summary>
    public Task WaitForLogAsync(string text, int occurrences = 1) => _log.WaitForAsync(text, occurrences, TestContext.Current.CancellationToken);

    public string Log => _log.Text;

    /// <summary>
    /// The environment variable naming a published binary to test instead of the JIT build beside the tests: test.sh
    /// sets it to the Native AOT binary (scripts/publish-aot.sh) and runs the end-to-end tests a second time.
    /// </summary>
    public const string BinaryVariable = "GOALFRAMES_HOST_BINARY";

    /// <summary>The published native binary under test, or null when the tests run the JIT build (goalframes.dll).</summary>
    public static string? ShippedBinary =>
        Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } path
            ? File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException($"{BinaryVariable} names no file", path)
            : null;

    public static string BinaryPath
    {
        get
        {
            if (ShippedBinary is { } shipped)
            {
                return shipped;
            }

            var beside = Path.Combine(AppContext.BaseDirectory, "goalframes.dll");
            return File.Exists(beside) ? beside : throw new FileNotFoundException("goalframes.dll is not beside the tests", beside);
        }
    }

    /// <summary>The command line that runs the host: the native binary itself, or <c>dotnet goalframes.dll</c>.</summary>
    public static IReadOnlyList<string> Command => ShippedBinary is { } shipped ? [shipped] : ["dotnet", BinaryPath];

    public static ProcessStartInfo StartInfo(params string[] args) => StartInfo(withoutFileOverrides: false, args);

    /// <summary>
    /// With <paramref name="withoutFileOverrides"/>, the host runs through <c>setpriv</c> without CAP_DAC_OVERRIDE and
    /// CAP_DAC_READ_SEARCH: still root, but bound by file modes the way a service user is.
    /// </summary>
    public static ProcessStartInfo StartInfo(bool withoutFileOverrides, params string[] args)
    {
        var command = Command;
        var info = new ProcessStartInfo(withoutFileOverrides ? "setpriv" : command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = RepoPaths.Root,
            UseShellExecute = false,
        };
        if (withoutFileOverrides)
        {
            foreach (var word in new[] { "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", "--", command[0] })
            {
                info.ArgumentList.Add(word);
            }
        }

        foreach (var arg in command.Skip(1).Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    public static Task<HostProcess> StartAsync(params string[] args) => StartAsync(withoutFileOverrides: false, args);

    /// <summary>Starts the host bound by file modes as a service user is (see <see cref="StartInfo(bool, string[])"/>).</summary>
    public static Task<HostProcess> StartWithoutFileOverridesAsync(params string[] args) => StartAsync(withoutFileOverrides: true, args);

    /// <summary>Starts the host with extra environment variables (e.g. <c>SSL_CERT_FILE</c> to trust a test's HTTPS fake).</summary>
    public static Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] args) => StartAsync(withoutFileOverrides: false, args, environment);

    private static async Task<HostProcess> StartAsync(bool withoutFileOverrides, string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var store = OwnStore.For(args);
        var info = StartInfo(withoutFileOverrides, ["serve", "--urls", "http://127.0.0.1:0", .. store.Settings, .. args]);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var host = new HostProcess(Process.Start(info)!, store);
        try
        {
            host.Port = await ProcessLog.ListeningPortAsync(host._process, host._log);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL: the process gets no chance to flush or finish anything.</summary>
    public async Task KillHardAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Sends SIGTERM, as a container runtime or systemd would, and waits for the process to exit.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _store.Dispose();
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
