namespace GoalFrames.Host.Hosting;

/// <summary>
/// The process exit code once the host has stopped: 0 after a requested stop (SIGTERM, Ctrl+C), 1 when a background
/// service failed and stopped the host, so a supervisor set to restart on failure brings it back.
/// </summary>
internal sealed partial class HostExit
{
    private readonly IReadOnlyList<BackgroundService> _services;
    private readonly ILogger _logger;
    private int _code;

    private HostExit(WebApplication app)
    {
        _services = [.. app.Services.GetServices<IHostedService>().OfType<BackgroundService>()];
        _logger = app.Logger;
        app.Lifetime.ApplicationStopped.Register(Decide);
    }

    /// <summary>0, or 1 when a background service failed; read once the host has stopped.</summary>
    public int Code => Volatile.Read(ref _code);

    /// <summary>Watches the app's background services from before it runs until it has stopped.</summary>
    public static HostExit Watch(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new HostExit(app);
    }

    private void Decide()
    {
        foreach (var service in _services.Where(s => s.ExecuteTask is { IsFaulted: true }))
        {
            LogFatal(_logger, service.ExecuteTask!.Exception?.GetBaseException(), service.GetType().Name);
            Volatile.Write(ref _code, 1);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "GoalFrames stopped because {Service} failed; exiting with code 1 so a supervisor restarts it")]
    private static partial void LogFatal(ILogger logger, Exception? exception, string service);
}
