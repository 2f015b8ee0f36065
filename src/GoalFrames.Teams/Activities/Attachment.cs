using System.Text.Json;

namespace GoalFrames.Teams.Activities;

/// <summary>
/// An attachment; for cards, <c>application/vnd.microsoft.card.adaptive</c> with the card as content; for files, a file
/// consent or file info card with the file's <see cref="Name"/> (and, once uploaded, its <see cref="ContentUrl"/>).
/// </summary>
internal sealed record Attachment(string? ContentType, JsonElement? Content)
{
    public string? Name { get; init; }

    public string? ContentUrl { get; init; }
}
