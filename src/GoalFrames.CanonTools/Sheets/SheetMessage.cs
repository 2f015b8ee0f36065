namespace GoalFrames.CanonTools.Sheets;

/// <summary>A problem or warning at a place in the spreadsheet, written <c>location: message</c>.</summary>
/// <param name="Location">Where (<c>file:sheet!B3</c>, <c>file:3:2</c>, or the file alone).</param>
/// <param name="Message">What is wrong, in HR's words.</param>
public sealed record SheetMessage(string Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
