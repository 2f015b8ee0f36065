using GoalFrames.Host.Hosting;
using GoalFrames.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GoalFrames.Host.Tests;

/// <summary>
/// The host composed exactly as <c>serve</c> composes it (<see cref="GoalFramesWebApp.Build"/>), started in this process
/// on a loopback port Kestrel picks: real HTTP, real SQLite, no process to start. Its log is read through a
/// <see cref="HostLogProvider"/> beside the console.
/// </summary>
internal sealed class InProcessHost : IRunningHost
{
    private readonly WebApplication _app;
    private readonly HostLog _log;
    private readonly OwnStore _store;

    private InProcessHost(WebApplication app, HostLog log, OwnStore store)
    {
        _app = app;
        _log = log;
        _store = store;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    public Uri BaseAddress { get; }

    public string Log => _log.Text;

    public static async Task<InProcessHost> StartAsync(params string[] args)
    {
        var (canonPath, settings) = WithoutCanonOption(args);
        // serve runs from the repository in HostProcess, where ./canon is the sample canon; here the path is said.
        string[] canon = canonPath is null && !settings.Any(a => a.StartsWith("--Canon:Path", StringComparison.Ordinal)) ? ["--Canon:Path", RepoPaths.SampleCanon] : [];
        var store = OwnStore.For(settings);
        var log = new HostLog();
        WebApplication? app = null;
        try
        {
            app = GoalFramesWebApp.Build(["--urls", "http://127.0.0.1:0", .. store.Settings, .. canon, .. settings], canonPath, new HostLogProvider(log));
            await app.StartAsync(TestContext.Current.CancellationToken);
            return new InProcessHost(app, log, store);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            store.Dispose();
            throw;
        }
    }

    public Task WaitForLogAsync(string text, int occurrences = 1) => _log.WaitForAsync(text, occurrences, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _store.Dispose();
    }

    /// <summary><c>--canon dir</c> is the command line's option, not a setting: it is passed to the composition apart.</summary>
    private static (string? CanonPath, string[] Settings) WithoutCanonOption(string[] args)
    {
        var at = Array.IndexOf(args, "--canon");
        return at < 0 ? (null, args) : (args[at + 1], [.. args[..at], .. args[(at + 2)..]]);
    }
}
