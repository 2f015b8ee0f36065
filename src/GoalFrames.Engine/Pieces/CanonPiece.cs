using GoalFrames.Canon;

namespace GoalFrames.Engine.Pieces;

/// <summary>Verbatim canon text, with the canon row it came from.</summary>
/// <param name="Row">The canon row.</param>
public sealed record CanonPiece(CanonRow Row) : Piece
{
    /// <inheritdoc />
    public override string Text => Row.Text;
}
