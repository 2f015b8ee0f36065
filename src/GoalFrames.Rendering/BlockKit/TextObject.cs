namespace GoalFrames.Rendering.BlockKit;

/// <summary>
/// A text object. <see cref="Plain"/> text is shown as given and is where GoalFrames puts canon text and the manager's
/// values; <see cref="Markdown"/> is for GoalFrames' own formatting, with any other text escaped by <see cref="Mrkdwn.Escape"/>.
/// </summary>
/// <param name="Type"><see cref="PlainText"/> or <see cref="MrkdwnText"/>.</param>
/// <param name="Text">The text, 1 to 3,000 characters.</param>
public sealed record TextObject(string Type, string Text)
{
    /// <summary>The plain text type.</summary>
    public const string PlainText = "plain_text";

    /// <summary>The mrkdwn type.</summary>
    public const string MrkdwnText = "mrkdwn";

    /// <summary>For mrkdwn: true to stop Slack turning URLs and channel names into links.</summary>
    public bool? Verbatim { get; init; }

    /// <summary>Plain text, shown as given.</summary>
    /// <param name="text">The text.</param>
    public static TextObject Plain(string text) => new(PlainText, text);

    /// <summary>mrkdwn the caller has already escaped.</summary>
    /// <param name="text">The mrkdwn.</param>
    public static TextObject Markdown(string text) => new(MrkdwnText, text) { Verbatim = true };
}
