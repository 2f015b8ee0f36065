namespace GoalFrames.Rendering.BlockKit;

/// <summary>One broken Block Kit limit.</summary>
/// <param name="Path">Where, e.g. <c>blocks[3].text.text</c>.</param>
/// <param name="Message">What is wrong, e.g. <c>3012 characters; the limit is 3000</c>.</param>
public sealed record BlockKitProblem(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
