using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using GoalFrames.Engine.Pieces;

namespace GoalFrames.Engine.Conversation.Actions;

/// <summary>
/// Names the input a surface shows for one blank: <c>&lt;item key&gt;#&lt;slot&gt;</c>, e.g. <c>okr/dept-head#kr1.target</c>.
/// The same id comes back with the value, so a save knows which blank it fills.
/// </summary>
public static partial class GoalInputs
{
    /// <summary>The longest value a blank takes.</summary>
    public const int MaxValueLength = 200;

    /// <summary>The date format of ⟨date⟩ values (what date pickers send).</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The input id of a blank.</summary>
    /// <param name="itemKey">The goal item key.</param>
    /// <param name="slot">The slot.</param>
    public static string Id(string itemKey, string slot) => itemKey + "#" + slot;

    /// <summary>Reads an input id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="itemKey">The goal item key.</param>
    /// <param name="slot">The slot.</param>
    /// <returns>True when the id names a blank.</returns>
    public static bool TryParse(string id, [NotNullWhen(true)] out string? itemKey, [NotNullWhen(true)] out string? slot)
    {
        ArgumentNullException.ThrowIfNull(id);
        var match = InputId().Match(id);
        itemKey = match.Success ? match.Groups["item"].Value : null;
        slot = match.Success ? match.Groups["slot"].Value : null;
        return match.Success;
    }

    /// <summary>True when a string has the shape of a goal item key, e.g. <c>scorecard/process/dept-head</c>.</summary>
    /// <param name="itemKey">The string.</param>
    public static bool IsItemKey(string itemKey) => ItemKey().IsMatch(itemKey ?? string.Empty);

    /// <summary>The framework a goal item key belongs to (<c>okr/dept-head</c> → OKR), or null when it names none.</summary>
    /// <param name="itemKey">The item key.</param>
    public static FrameKind? FrameworkOf(string itemKey)
    {
        var slash = (itemKey ?? string.Empty).IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? null : FrameKinds.Every.Cast<FrameKind?>().FirstOrDefault(k => string.Equals(k!.Value.Keyword(), itemKey![..slash], StringComparison.Ordinal));
    }

    /// <summary>The kind of blank a slot holds (<c>kr1.date</c> → date).</summary>
    /// <param name="slot">The slot.</param>
    public static PlaceholderKind KindOf(string slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return Placeholders.Parse(slot[(slot.LastIndexOf('.') + 1)..]) ?? throw new ArgumentException($"'{slot}' is not a slot", nameof(slot));
    }

    /// <summary>True for a <c>yyyy-MM-dd</c> calendar date.</summary>
    /// <param name="value">The value.</param>
    public static bool IsDate(string? value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex("^(?<item>[a-z]+(/[a-z0-9]+(-[a-z0-9]+)*)+)#(?<slot>([a-z0-9]+\\.)?(baseline|target|date))$")]
    private static partial Regex InputId();

    [GeneratedRegex("^[a-z]+(/[a-z0-9]+(-[a-z0-9]+)*)+$")]
    private static partial Regex ItemKey();
}
