using GoalFrames.Engine.Pieces;

namespace GoalFrames.Engine.Templates;

/// <summary>
/// Names the slots of one line of one goal item and supplies the manager's values for them. Lines that share a
/// prefix share values (a SMART row's ⟨date⟩ in Measurable and Time-bound is one value).
/// </summary>
internal sealed class SlotScope
{
    private readonly string _prefix;
    private readonly IReadOnlyDictionary<string, string>? _values;

    public SlotScope(string prefix, IReadOnlyDictionary<string, string>? values)
    {
        _prefix = prefix;
        _values = values;
    }

    public static SlotScope None { get; } = new(string.Empty, null);

    public Piece PieceFor(PlaceholderKind kind)
    {
        var slot = _prefix + kind.Name();
        return _values is not null && _values.TryGetValue(slot, out var value) && !string.IsNullOrWhiteSpace(value)
            ? new UserValuePiece(kind, slot, value)
            : new PlaceholderPiece(kind, slot);
    }
}
