using System.Globalization;
using GoalFrames.Canon;

namespace GoalFrames.Rendering.Exports.Team;

/// <summary>
/// The review cycle an export is for: drafts last saved from <see cref="Start"/> to <see cref="End"/> (inclusive, UTC
/// dates) are exported, and Betterworks' period columns take the same dates. A cycle the canon declares gives its
/// name and dates; a range typed as <c>YYYY-MM-DD..YYYY-MM-DD</c> has no name.
/// </summary>
/// <param name="Name">The cycle's name, or null for a typed range.</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
public sealed record ExportCycle(string? Name, DateOnly Start, DateOnly End)
{
    /// <summary>True when the draft was last saved within the cycle.</summary>
    /// <param name="lastSaved">When the draft was last saved.</param>
    public bool Includes(DateTimeOffset lastSaved)
    {
        var day = DateOnly.FromDateTime(lastSaved.UtcDateTime);
        return day >= Start && day <= End;
    }

    /// <summary>The canon's review cycle when <paramref name="typed"/> is its name (any case), else a typed range of dates, else null.</summary>
    /// <param name="typed">A cycle's name, or <c>YYYY-MM-DD..YYYY-MM-DD</c>.</param>
    /// <param name="declared">The review cycle the canon declares, or null.</param>
    public static ExportCycle? Of(string? typed, ReviewCycle? declared) =>
        declared is not null && string.Equals(typed?.Trim(), declared.Name.Trim(), StringComparison.OrdinalIgnoreCase)
            ? new ExportCycle(declared.Name, declared.Start, declared.End)
            : ParseRange(typed);

    /// <summary>Reads <c>YYYY-MM-DD..YYYY-MM-DD</c>; null when the text is not such a range (or ends before it starts).</summary>
    /// <param name="text">The text.</param>
    public static ExportCycle? ParseRange(string? text)
    {
        var parts = (text ?? string.Empty).Split("..", 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && Date(parts[0]) is { } start && Date(parts[1]) is { } end && start <= end
            ? new ExportCycle(null, start, end)
            : null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name ?? "drafts last saved"} {Iso(Start)}..{Iso(End)}";

    /// <summary>A date as <c>YYYY-MM-DD</c>.</summary>
    /// <param name="date">The date.</param>
    public static string Iso(DateOnly date) => date.ToString(ReviewCycle.DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads a <c>YYYY-MM-DD</c> date exactly, or null.</summary>
    /// <param name="text">The text.</param>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ReviewCycle.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
