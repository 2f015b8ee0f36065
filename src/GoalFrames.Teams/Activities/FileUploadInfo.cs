namespace GoalFrames.Teams.Activities;

/// <summary>Where Teams lets the bot upload an accepted file, and how to show it afterwards.</summary>
/// <param name="Name">The file's name in OneDrive.</param>
/// <param name="UploadUrl">The URL to PUT the bytes to.</param>
/// <param name="ContentUrl">The file's URL, for the file info card.</param>
/// <param name="UniqueId">The file's id, for the file info card.</param>
/// <param name="FileType">The file's extension, e.g. <c>csv</c>.</param>
internal sealed record FileUploadInfo(string? Name, string? UploadUrl, string? ContentUrl, string? UniqueId, string? FileType);
