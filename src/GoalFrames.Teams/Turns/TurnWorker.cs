using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// Runs queued turn work, a few at a time. On shutdown it stops taking new work and finishes what is queued within
/// the host's shutdown time.
/// </summary>
internal sealed class TurnWorker(TurnQueue queue, ILogger<TurnWorker> logger) : BackgroundService
{
    public const int Concurrency = 4;
    public static readonly TimeSpan WorkTimeout = TimeSpan.FromMinutes(2);

    private readonly CancellationTokenSource _abandon = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(Concurrency);
        var running = new List<Task>();
        await foreach (var work in queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            running.RemoveAll(t => t.IsCompleted);
            running.Add(RunAsync(work, slots));
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        using var registration = cancellationToken.Register(_abandon.Cancel);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _abandon.Dispose();
        base.Dispose();
    }

    private async Task RunAsync(TurnWork work, SemaphoreSlim slots)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_abandon.Token);
            timeout.CancelAfter(WorkTimeout);
            await work.RunAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Teams: {Work} failed", work.Description);
        }
        finally
        {
            slots.Release();
        }
    }
}
