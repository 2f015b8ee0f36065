namespace GoalFrames.Engine.Drafts;

/// <summary>How one saved canon row of a draft compares with the current canon.</summary>
public abstract record RowDrift
{
    private RowDrift(DraftRow row)
    {
        Row = row;
    }

    /// <summary>The row as the draft saved it; its text is what the draft keeps showing.</summary>
    public DraftRow Row { get; }

    /// <summary>The canon still has the row with the same text.</summary>
    /// <param name="Row">The saved row.</param>
    public sealed record Unchanged(DraftRow Row) : RowDrift(Row);

    /// <summary>The canon has the row with other text: the saved text is superseded, and the current text is offered.</summary>
    /// <param name="Row">The saved row, with the text the draft keeps.</param>
    /// <param name="CurrentText">The canon's text now.</param>
    public sealed record Changed(DraftRow Row, string CurrentText) : RowDrift(Row);

    /// <summary>The canon no longer has the row; the draft keeps its saved text and values.</summary>
    /// <param name="Row">The saved row.</param>
    public sealed record Removed(DraftRow Row) : RowDrift(Row);
}
