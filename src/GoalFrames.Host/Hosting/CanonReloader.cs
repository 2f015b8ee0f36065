using GoalFrames.Canon;
using GoalFrames.Hosting;

namespace GoalFrames.Host.Hosting;

/// <summary>
/// Serves the canon and reloads it when its files change: a change is validated first and swapped in atomically; a
/// broken canon leaves the last good one serving, and every problem goes to the log and to /readyz. A file watcher
/// reacts at once; a slow poll of file times and sizes catches what watchers miss (network mounts, symlink swaps).
/// </summary>
internal sealed partial class CanonReloader : BackgroundService, ICanonSource
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);
    private readonly string _path;
    private readonly TimeSpan _poll;
    private readonly TimeProvider _time;
    private readonly ILogger<CanonReloader> _logger;
    private readonly SemaphoreSlim _changed = new(0, 1);
    private CanonSnapshot _canon;
    private CanonStatus _status;
    private string _stamp;

    public CanonReloader(string path, CanonSnapshot initial, TimeSpan poll, TimeProvider time, ILogger<CanonReloader> logger)
    {
        _path = path;
        _poll = poll;
        _time = time;
        _logger = logger;
        _canon = initial;
        _stamp = string.Empty;
        _status = new CanonStatus(path, initial.Name, initial.Version, initial.Fingerprint, initial.Profiles.Count, time.GetUtcNow(), null, []);
    }

    public ICanon Current => Volatile.Read(ref _canon);

    public CanonStatus Status => Volatile.Read(ref _status);

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = Watch();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _changed.WaitAsync(_poll, stoppingToken).ConfigureAwait(false);
                await Task.Delay(Debounce, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                Check();
            }
            catch (Exception ex)
            {
                // Files that vanish mid-scan (a ConfigMap swap), or cannot be read, must never stop the host: the last
                // good canon keeps serving, /readyz says degraded and why, and the next poll looks again.
                BackgroundFailures.Record(_logger, "canon-reload", "scan of " + _path, ex);
                Reject([new CanonProblem(".", 0, 0, "the canon files could not be read: " + ex.Message)]);
            }
        }
    }

    /// <summary>Reloads when the files changed, and while the last attempt failed (so a fix is seen whatever it looks like).</summary>
    private void Check()
    {
        var stamp = Stamp(_path);
        if (stamp == _stamp && Status.LastProblems.Count == 0)
        {
            return;
        }

        _stamp = stamp;
        Reload();
    }

    private FileSystemWatcher? Watch()
    {
        try
        {
            var watcher = new FileSystemWatcher(_path) { IncludeSubdirectories = true };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.Deleted += (_, _) => Signal();
            watcher.Renamed += (_, _) => Signal();
            watcher.Error += (_, e) => BackgroundFailures.Record(_logger, "canon-reload", "file watcher", e.GetException());
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // No watcher (inotify limits, a mount that has none): the poll alone notices changes.
            BackgroundFailures.Record(_logger, "canon-reload", "file watcher", ex);
            return null;
        }
    }

    private void Signal()
    {
        if (_changed.CurrentCount == 0)
        {
            try
            {
                _changed.Release();
            }
            catch (SemaphoreFullException)
            {
            }
        }
    }

    private void Reload()
    {
        var result = CanonLoader.Load(_path);
        var now = _time.GetUtcNow();
        if (result.Canon is { } canon)
        {
            if (canon.Fingerprint == Current.Fingerprint)
            {
                // The files are good again and say what is served: nothing to swap, but no longer degraded.
                if (Status.LastProblems.Count > 0)
                {
                    Volatile.Write(ref _status, Status with { LastProblems = [] });
                    LogRecovered(_logger, canon.Fingerprint);
                }

                return;
            }

            Volatile.Write(ref _canon, canon);
            Volatile.Write(ref _status, new CanonStatus(_path, canon.Name, canon.Version, canon.Fingerprint, canon.Profiles.Count, now, null, []));
            LogReloaded(_logger, canon.Name, canon.Version, canon.Fingerprint, canon.Profiles.Count);
            return;
        }

        Reject(result.Problems);
    }

    private void Reject(IReadOnlyList<CanonProblem> problems)
    {
        var known = Status.LastProblems;
        Volatile.Write(ref _status, Status with { LastFailedAt = _time.GetUtcNow(), LastProblems = problems });
        if (known.SequenceEqual(problems))
        {
            return;
        }

        LogRejected(_logger, problems.Count, Current.Fingerprint);
        foreach (var problem in problems)
        {
            LogProblem(_logger, problem.ToString());
        }
    }

    /// <summary>The canon files' names, sizes and write times: cheap to take, and different after any edit.</summary>
    private static string Stamp(string path)
    {
        if (!Directory.Exists(path))
        {
            return "missing";
        }

        return string.Join('|', Directory.EnumerateFiles(path, "*.y*ml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Canon files are good again; serving fingerprint {Fingerprint}, no longer degraded")]
    private static partial void LogRecovered(ILogger logger, string fingerprint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Canon reloaded: '{Name}' version {Version}, fingerprint {Fingerprint}, {Profiles} profiles")]
    private static partial void LogReloaded(ILogger logger, string name, string version, string fingerprint, int profiles);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Canon change rejected ({Count} problems); still serving fingerprint {Fingerprint}")]
    private static partial void LogRejected(ILogger logger, int count, string fingerprint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Canon problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);
}
