namespace GoalFrames.Engine.Pieces;

/// <summary>A value the manager typed into a blank: their words, shown as given, never merged into canon text.</summary>
/// <param name="Kind">Which blank it fills.</param>
/// <param name="Slot">The slot within its goal item.</param>
/// <param name="Value">The manager's value.</param>
public sealed record UserValuePiece(PlaceholderKind Kind, string Slot, string Value) : Piece
{
    /// <inheritdoc />
    public override string Text => Value;
}
