namespace GoalFrames.Engine.Pieces;

/// <summary>Fixed wording from the closed <see cref="Templates.TemplateCatalogue"/>; only the catalogue makes these.</summary>
public sealed record TemplatePiece : Piece
{
    internal TemplatePiece(string templateName, string text)
    {
        TemplateName = templateName;
        Text = text;
    }

    /// <summary>The catalogue template this fragment belongs to.</summary>
    public string TemplateName { get; }

    /// <inheritdoc />
    public override string Text { get; }
}
