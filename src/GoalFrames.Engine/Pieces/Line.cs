namespace GoalFrames.Engine.Pieces;

/// <summary>A run of pieces that reads as one line of text.</summary>
/// <param name="Pieces">The pieces, in reading order.</param>
public sealed record Line(IReadOnlyList<Piece> Pieces)
{
    /// <summary>The line's text.</summary>
    public string Text => string.Concat(Pieces.Select(p => p.Text));

    /// <summary>The placeholders and values in this line.</summary>
    public IEnumerable<(PlaceholderKind Kind, string Slot)> Slots => Pieces.Select(p => p switch
    {
        PlaceholderPiece ph => (ph.Kind, ph.Slot),
        UserValuePiece v => (v.Kind, v.Slot),
        _ => default((PlaceholderKind, string)?),
    }).OfType<(PlaceholderKind, string)>();

    /// <summary>A line of one piece.</summary>
    /// <param name="piece">The piece.</param>
    public static implicit operator Line(Piece piece) => new([piece]);

    /// <inheritdoc />
    public override string ToString() => Text;
}
