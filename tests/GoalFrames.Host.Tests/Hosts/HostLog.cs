using System.Text;

namespace GoalFrames.Host.Tests;

/// <summary>
/// What a host under test has written, entry by entry. A test awaits the entry it expects (each entry wakes the
/// waiters) instead of sleeping or polling for it.
/// </summary>
internal sealed class HostLog
{
    /// <summary>How long a host is given to write what a test waits for: a bound on a wait, never a pause.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly StringBuilder _text = new();
    private readonly List<Waiter> _waiters = [];

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public void Append(string entry)
    {
        lock (_text)
        {
            _text.AppendLine(entry);
            foreach (var waiter in _waiters.Where(w => Occurrences(w.Text) >= w.Occurrences).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Seen.TrySetResult(entry);
            }
        }
    }

    /// <summary>
    /// Waits until the log holds <paramref name="text"/> <paramref name="occurrences"/> times; returns the entry that
    /// completed the count (or the last entry holding it, when the count was already reached).
    /// </summary>
    public async Task<string> WaitForAsync(string text, int occurrences = 1, CancellationToken cancellationToken = default)
    {
        Waiter waiter;
        lock (_text)
        {
            if (Occurrences(text) >= occurrences)
            {
                return LastEntryHolding(text);
            }

            waiter = new Waiter(text, occurrences, new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Seen.Task.WaitAsync(Patience, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the host did not write '{text}' ({occurrences}x) within {Patience.TotalSeconds} s:\n{Text}");
        }
        finally
        {
            lock (_text)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    private int Occurrences(string text)
    {
        var all = _text.ToString();
        var count = 0;
        for (var at = all.IndexOf(text, StringComparison.Ordinal); at >= 0; at = all.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private string LastEntryHolding(string text) =>
        _text.ToString().Split('\n').Last(line => line.Contains(text, StringComparison.Ordinal)).TrimEnd('\r');

    private sealed record Waiter(string Text, int Occurrences, TaskCompletionSource<string> Seen);
}
