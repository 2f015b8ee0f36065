using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Hosting;

/// <summary>
/// The one queue for work done after a platform was answered. Bounded (a flood is refused, never queued without end);
/// runs a few items at a time, each with its own deadline; an item that fails is logged and counted
/// (<see cref="BackgroundFailures"/>) and the queue goes on. On shutdown it takes no new work and finishes what is
/// queued within the host's shutdown time; only that ends it.
/// </summary>
public abstract class SupervisedWork : BackgroundService
{
    private readonly Channel<(string Description, Func<CancellationToken, Task> Work)> _channel;
    private readonly CancellationTokenSource _abandon = new();
    private readonly ILogger _logger;
    private readonly int _concurrency;
    private readonly TimeSpan _itemTimeout;

    /// <summary>Creates the queue.</summary>
    /// <param name="name">The loop's name in logs and metrics.</param>
    /// <param name="logger">Where failures are logged.</param>
    /// <param name="capacity">How many items may wait.</param>
    /// <param name="concurrency">How many items run at once.</param>
    /// <param name="itemTimeout">How long one item may run before it is cancelled.</param>
    protected SupervisedWork(string name, ILogger logger, int capacity = 1024, int concurrency = 4, TimeSpan? itemTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        Name = name;
        _logger = logger;
        _concurrency = concurrency;
        _itemTimeout = itemTimeout ?? TimeSpan.FromMinutes(2);
        _channel = Channel.CreateBounded<(string, Func<CancellationToken, Task>)>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>The loop's name in logs and metrics.</summary>
    public string Name { get; }

    /// <summary>Queues work; false (logged and counted) when the queue is full or the host is stopping.</summary>
    /// <param name="description">What the work is, for the log.</param>
    /// <param name="work">The work; its token is cancelled past the item's deadline or the host's shutdown time.</param>
    /// <returns>Whether the work was queued.</returns>
    public bool TryEnqueue(string description, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_channel.Writer.TryWrite((description, work)))
        {
            return true;
        }

        BackgroundFailures.Rejected(_logger, Name, description);
        return false;
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _channel.Writer.TryComplete();
        using var registration = cancellationToken.Register(_abandon.Cancel);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _abandon.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Reads until the writer completes (at StopAsync), not until stoppingToken: queued work is finished, not dropped.
        using var slots = new SemaphoreSlim(_concurrency);
        var running = new List<Task>();
        await foreach (var (description, work) in _channel.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            running.RemoveAll(t => t.IsCompleted);
            running.Add(RunAsync(description, work, slots));
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task RunAsync(string description, Func<CancellationToken, Task> work, SemaphoreSlim slots)
    {
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(_abandon.Token);
            deadline.CancelAfter(_itemTimeout);
            await Task.Yield();
            try
            {
                await work(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !_abandon.IsCancellationRequested)
            {
                BackgroundFailures.Record(_logger, Name, description, new TimeoutException($"{description} took longer than {_itemTimeout}", ex));
            }
        }
        catch (Exception ex)
        {
            // An item's failure, whatever it is, must never end the queue.
            BackgroundFailures.Record(_logger, Name, description, ex);
        }
        finally
        {
            slots.Release();
        }
    }
}
