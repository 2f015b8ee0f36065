namespace GoalFrames.Engine.Pieces;

/// <summary>An empty blank for the manager to fill in.</summary>
/// <param name="Kind">Which blank.</param>
/// <param name="Slot">The slot within its goal item (e.g. <c>date</c>, <c>kr2.target</c>); blanks sharing a slot share a value.</param>
public sealed record PlaceholderPiece(PlaceholderKind Kind, string Slot) : Piece
{
    /// <inheritdoc />
    public override string Text => Kind.Marker();
}
