using GoalFrames.Conversation.Handlers;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation.Actions;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Conversation;

/// <summary>
/// The one place a typed line or a card action is decided, for every surface: the per-user limit, the handler found by
/// the action's name, a deadline past which the person is told the work goes on, and a friendly answer for any failure.
/// Adapters translate their payloads into a <see cref="ConversationRequest"/> and carry out the <see cref="Outcome"/>.
/// </summary>
public sealed partial class ConversationCore
{
    private readonly Dictionary<string, IActionHandler> _handlers;
    private readonly GoalsLineHandler _lines;
    private readonly IUserLimiter _limiter;
    private readonly ConversationOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ConversationCore> _logger;

    internal ConversationCore(IEnumerable<IActionHandler> handlers, GoalsLineHandler lines, IUserLimiter limiter, ConversationOptions options, TimeProvider time, ILogger<ConversationCore> logger)
    {
        _handlers = handlers.ToDictionary(h => h.Action, StringComparer.Ordinal);
        _lines = lines;
        _limiter = limiter;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Answers a typed line (<c>/goals …</c>, a DM, a mention).</summary>
    /// <param name="request">Who and where.</param>
    /// <param name="line">The words after the command or mention.</param>
    /// <param name="cancellationToken">Stops waiting (the work itself goes on to its end).</param>
    public Task<Outcome> LineAsync(ConversationRequest request, string? line, CancellationToken cancellationToken) =>
        RunAsync(request, "line", ct => _lines.HandleAsync(request, line, ct), cancellationToken);

    /// <summary>Carries out a card action (a button, or a dialog's submission).</summary>
    /// <param name="request">Who and where; the owner comes from the verified payload, never from the action.</param>
    /// <param name="action">The action the button carried.</param>
    /// <param name="cancellationToken">Stops waiting (the work itself goes on to its end).</param>
    public Task<Outcome> ActionAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return _handlers.TryGetValue(action.Name, out var handler)
            ? RunAsync(request, action.Name, ct => handler.HandleAsync(request, action, ct), cancellationToken)
            : Task.FromResult(Unreadable(request, $"'{action.Name}' is not something GoalFrames does."));
    }

    /// <summary>The answer to a button whose data could not be read.</summary>
    /// <param name="request">Who and where.</param>
    /// <param name="reason">What was wrong with it.</param>
    public static Outcome Unreadable(ConversationRequest request, string reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = $"That button belongs to an older message or could not be read ({reason}); ask for the goals again.";
        return request.InDialog ? DialogError(words) : new Outcome.ReplyPrivately(new Answer.Words(words));
    }

    private async Task<Outcome> RunAsync(ConversationRequest request, string what, Func<CancellationToken, Task<Outcome>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var wait = await LimitAsync(request, cancellationToken).ConfigureAwait(false);
        if (wait > TimeSpan.Zero)
        {
            Count(what, "limited");
            var words = ConversationWords.TooQuick(wait);
            return request.InDialog ? DialogError(words) : new Outcome.ReplyPrivately(new Answer.Words(words));
        }

        // On a thread of its own: a store that blocks synchronously (SQLite waiting out a lock) must not hold up the
        // deadline, nor the request's thread.
        var running = Task.Run(() => GuardedAsync(request, what, work), CancellationToken.None);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(_options.Deadline, _time, waiting.Token);
        if (await Task.WhenAny(running, deadline).ConfigureAwait(false) == running)
        {
            await waiting.CancelAsync().ConfigureAwait(false);
            return await running.ConfigureAwait(false);
        }

        Count(what, "late");
        LogLate(_logger, what, _options.Deadline);
        var now = what is ActionNames.Save or ActionNames.Reset or ActionNames.UndoReset or ActionNames.AcceptCanonChange
            ? ConversationWords.StillSaving
            : ConversationWords.StillWorking;
        return new Outcome.Pending(new Answer.Words(now), running);
    }

    /// <summary>The person's wait; a limiter that fails lets the request through (a limit must never stop the service).</summary>
    private async Task<TimeSpan> LimitAsync(ConversationRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await _limiter.TryAcquireAsync(request.Requester, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The limit protects the service; when it cannot be read, answering wins.
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            Count("limit", "failed");
            LogLimiterFailed(_logger, ex);
            return TimeSpan.Zero;
        }
    }

    /// <summary>The work, on its own clock (a person closing the request does not stop a save half-way); never throws.</summary>
    private async Task<Outcome> GuardedAsync(ConversationRequest request, string what, Func<CancellationToken, Task<Outcome>> work)
    {
        using var timeout = new CancellationTokenSource(_options.WorkTimeout, _time);
        try
        {
            var outcome = await work(timeout.Token).ConfigureAwait(false);
            Count(what, "ok");
            return outcome;
        }
#pragma warning disable CA1031 // Any failure of one request becomes an answer for that person; it must never reach the host.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Count(what, "failed");
            LogFailed(_logger, ex, what, request.Surface);
            return request.InDialog ? DialogError(ConversationWords.CouldNotFinish) : new Outcome.ReplyPrivately(new Answer.Words(ConversationWords.CouldNotFinish));
        }
    }

    /// <summary>A message for a dialog as a whole (shown under its first input).</summary>
    private static Outcome.DialogErrors DialogError(string words) => new(new Dictionary<string, string> { [string.Empty] = words });

    private static void Count(string what, string outcome) =>
        ConversationMetrics.Requests.Add(1, new KeyValuePair<string, object?>("action", what), new KeyValuePair<string, object?>("outcome", outcome));

    [LoggerMessage(Level = LogLevel.Warning, Message = "'{What}' failed on a {Surface} surface; the person was told to try again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what, SurfaceKind surface);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The per-user limit could not be read; the request was let through")]
    private static partial void LogLimiterFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "'{What}' took longer than {Deadline}; the person was told it goes on")]
    private static partial void LogLate(ILogger logger, string what, TimeSpan deadline);
}
