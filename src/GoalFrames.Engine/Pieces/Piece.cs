namespace GoalFrames.Engine.Pieces;

/// <summary>
/// One typed piece of a goal line. There are exactly four kinds: canon text, catalogue template text,
/// a placeholder, and a manager's own value. Nothing else can appear in a goal.
/// </summary>
public abstract record Piece
{
    private protected Piece()
    {
    }

    /// <summary>The text this piece shows.</summary>
    public abstract string Text { get; }
}
