using System.Diagnostics;
using GoalFrames.Host.Tests;

#pragma warning disable CA1050 // The runtime looks for a startup hook type named StartupHook outside any namespace.

/// <summary>
/// Loaded into the real host process through <c>DOTNET_STARTUP_HOOKS</c> (only by <see cref="FatalExitTests"/>): when
/// <see cref="FailingBackgroundService.Variable"/> is set, it adds a background service that fails, as a bug would.
/// The product code is untouched; the test sees what an operator would: the exit code and the log.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(FailingBackgroundService.Variable) is { Length: > 0 })
        {
            DiagnosticListener.AllListeners.Subscribe(new HostBuildingObserver());
        }
    }
}

#pragma warning restore CA1050

namespace GoalFrames.Host.Tests
{
    /// <summary>Adds <see cref="FailingBackgroundService"/> when the host is being built.</summary>
    internal sealed class HostBuildingObserver : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.Extensions.Hosting")
            {
                value.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "HostBuilding" && value.Value is IHostBuilder builder)
            {
                builder.ConfigureServices(services => services.AddHostedService<FailingBackgroundService>());
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    /// <summary>A background service whose loop dies with an exception nobody catches.</summary>
    internal sealed class FailingBackgroundService : BackgroundService
    {
        public const string Variable = "GOALFRAMES_TEST_FAILING_SERVICE";

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Delay(200, stoppingToken);
            throw new InvalidOperationException("the injected background service failed");
        }
    }
}
