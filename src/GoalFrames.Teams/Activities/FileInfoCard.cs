namespace GoalFrames.Teams.Activities;

/// <summary>The content of a file info card (<c>application/vnd.microsoft.teams.card.file.info</c>): the uploaded file, shown in the chat.</summary>
/// <param name="UniqueId">The file's id from the upload info.</param>
/// <param name="FileType">Its extension.</param>
internal sealed record FileInfoCard(string? UniqueId, string? FileType)
{
    public const string ContentType = "application/vnd.microsoft.teams.card.file.info";
}
